package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code ListPolicyGroups}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListPolicyGroupsRequest.Builder.class)
abstract class ListPolicyGroupsRequestDef {
  /** Entries per page, 1 to 100; the service defaults to 20. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  /** Only these policies. */
  public abstract List<String> policyGroupIds();

  /** Only policies with this name. */
  public abstract Optional<String> policyGroupName();

  /** Only policies of this type. */
  public abstract Optional<String> policyType();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, 100);
  }
}
