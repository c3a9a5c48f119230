package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of system property templates. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeSystemPropertyTemplatesResponse.Builder.class)
abstract class DescribeSystemPropertyTemplatesResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Token for the next page; absent or empty on the last page. */
  public abstract Optional<String> nextToken();

  /** The templates on this page. */
  public abstract List<SystemPropertyTemplate> systemPropertyTemplateModel();

  /** Number of templates matching the filters. */
  public abstract Optional<Integer> totalCount();
}
