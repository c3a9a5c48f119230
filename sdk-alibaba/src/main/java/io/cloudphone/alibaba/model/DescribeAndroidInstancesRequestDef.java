package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code DescribeAndroidInstances}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeAndroidInstancesRequest.Builder.class)
abstract class DescribeAndroidInstancesRequestDef {
  /** Ids of the instances to describe. */
  public abstract List<String> androidInstanceIds();

  /** Name of the instance. */
  public abstract Optional<String> androidInstanceName();

  /** Id of the application management rule. */
  public abstract Optional<String> appManagePolicyId();

  /** Convenience account the instances are assigned to. */
  public abstract Optional<String> authorizedUserId();

  /** Region to list, for example {@code cn-shanghai}. */
  public abstract Optional<String> bizRegionId();

  /** Billing method: {@code PostPaid} or {@code PrePaid}. */
  public abstract Optional<String> chargeType();

  /** Id of the instance group. */
  public abstract Optional<String> instanceGroupId();

  /** Ids of instance groups. */
  public abstract List<String> instanceGroupIds();

  /** Name of the instance group. */
  public abstract Optional<String> instanceGroupName();

  /** Only instances of this version. */
  public abstract Optional<String> instanceVersion();

  /** Id of the attached ADB key pair. */
  public abstract Optional<String> keyPairId();

  /** Instances per page, 1 to 100; the service defaults to 100. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page; absent for the first page. */
  public abstract Optional<String> nextToken();

  /** Id of the cloud phone matrix (not for public use). */
  public abstract Optional<String> nodeId();

  /** Name of the cloud phone matrix (internal use). */
  public abstract Optional<String> nodeName();

  /** Ids of cloud phone networks. */
  public abstract List<String> officeSiteIds();

  /** Private IP address of the instance. */
  public abstract Optional<String> privateIpAddress();

  /** Ids of QoS rule groups (basic shared network only). */
  public abstract List<String> qosRuleIds();

  /** Sale mode: {@code Instance} (instance mode) or {@code Node} (matrix mode). */
  public abstract Optional<String> saleMode();

  /** Field to sort the instances by. */
  public abstract Optional<String> sortKey();

  /** Direction of the sort by {@code SortKey}. */
  public abstract Optional<String> sortType();

  /** Instance status, for example {@code RUNNING} or {@code STOPPED}. */
  public abstract Optional<String> status();

  /** Tags the instances must carry; sent as {@code Tag.N.Key} / {@code Tag.N.Value}. */
  public abstract List<Tag> tag();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, 100);
  }
}
