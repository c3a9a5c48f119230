package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window of {@code DescribeSystemPropertyTemplates}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeSystemPropertyTemplatesRequest.Builder.class)
abstract class DescribeSystemPropertyTemplatesRequestDef {
  /** Entries per page. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  /** Only these templates, sent as {@code TemplateIds.N}. */
  public abstract List<String> templateIds();

  /** Only templates with this name. */
  public abstract Optional<String> templateName();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, Integer.MAX_VALUE);
  }
}
