package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window of {@code DescribeJVSInstance}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeJVSInstanceRequest.Builder.class)
abstract class DescribeJVSInstanceRequestDef {
  /** Only these agent (JVS) instances. */
  public abstract List<String> instanceIds();

  /** Entries per page. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();
}
