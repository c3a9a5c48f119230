package io.cloudphone.alibaba.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.cloudphone.core.internal.JsonMappers;
import java.lang.invoke.MethodHandles;

/** The Alibaba wire mapper: PascalCase names, shared by every Alibaba client. */
public final class AlibabaJson {
  private static final ObjectMapper MAPPER = JsonMappers.create(PropertyNamingStrategies.UPPER_CAMEL_CASE,
      MethodHandles.lookup());

  private AlibabaJson() {}

  /** The shared mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
