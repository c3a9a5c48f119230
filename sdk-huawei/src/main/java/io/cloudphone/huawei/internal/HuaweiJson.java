package io.cloudphone.huawei.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.cloudphone.core.internal.JsonMappers;
import java.lang.invoke.MethodHandles;

/** The Huawei wire mapper: snake_case names, shared by every Huawei client (ObjectMapper is thread-safe). */
public final class HuaweiJson {
  private static final ObjectMapper MAPPER = JsonMappers.create(PropertyNamingStrategies.SNAKE_CASE,
      MethodHandles.lookup());

  private HuaweiJson() {}

  /** The shared mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
