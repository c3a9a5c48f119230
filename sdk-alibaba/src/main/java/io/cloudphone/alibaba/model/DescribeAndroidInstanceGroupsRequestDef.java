package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code DescribeAndroidInstanceGroups}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeAndroidInstanceGroupsRequest.Builder.class)
abstract class DescribeAndroidInstanceGroupsRequestDef {
  /** Only groups in this region. */
  public abstract Optional<String> bizRegionId();

  /** Only groups with this billing method: {@code PrePaid} or {@code PostPaid}. */
  public abstract Optional<String> chargeType();

  /** Only these instance groups. */
  public abstract List<String> instanceGroupIds();

  /** Only groups whose name matches; the service matches fuzzily. */
  public abstract Optional<String> instanceGroupName();

  /** Only groups of this instance version. */
  public abstract Optional<String> instanceVersion();

  /** Only groups bound to this key pair. */
  public abstract Optional<String> keyPairId();

  /** Groups per page, 1 to 100 (100 when absent). */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page; absent for the first page. */
  public abstract Optional<String> nextToken();

  /** Only groups with this policy. */
  public abstract Optional<String> policyGroupId();

  /** Only groups bought in this mode, for example {@code Instance} (the default) or {@code Node}. */
  public abstract Optional<String> saleMode();

  /** Field to sort the groups by. */
  public abstract Optional<String> sortKey();

  /** Direction of the sort by {@code SortKey}. */
  public abstract Optional<String> sortType();

  /** Only groups in this state, for example {@code RUNNING}, {@code CREATING} or {@code UPDATING_FAILED}. */
  public abstract Optional<String> status();

  /** Only groups carrying these tags, sent as {@code Tags.N.Key} / {@code Tags.N.Value}. */
  public abstract List<Tag> tags();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, 100);
  }
}
