package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code CreateAndroidInstanceGroup}, which buys instance groups of cloud phones. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateAndroidInstanceGroupRequest.Builder.class)
abstract class CreateAndroidInstanceGroupRequestDef {
  /** Number of instance groups to create, 1 to 100 (1 when absent). */
  public abstract Optional<Integer> amount();

  /** Whether the order is paid automatically; false when absent. */
  public abstract Optional<Boolean> autoPay();

  /** Whether subscriptions renew automatically; false when absent. */
  public abstract Optional<Boolean> autoRenew();

  /** Id of an existing shared Internet bandwidth plan the instances use. */
  public abstract Optional<String> bandwidthPackageId();

  /** Type of the bandwidth plan, for example {@code cbwp_ecd}. */
  public abstract Optional<String> bandwidthPackageType();

  /** Region to create the groups in; {@code DescribeRegions} lists the choices. */
  public abstract String bizRegionId();

  /** Sales channel marker the order is attributed to. */
  public abstract Optional<String> channelCookie();

  /** Billing method: {@code PrePaid} (subscription) or {@code PostPaid} (pay-as-you-go). */
  public abstract Optional<String> chargeType();

  /** Caller-chosen token of at most 100 characters that makes retries of this request idempotent. */
  public abstract Optional<String> clientToken();

  /** Whether IPv6 is enabled; not publicly offered yet. */
  public abstract Optional<Boolean> enableIpv6();

  /** Whether GPU acceleration is enabled. */
  public abstract Optional<Boolean> gpuAcceleration();

  /** Image the instances start from; {@code DescribeImageList} lists them. */
  public abstract String imageId();

  /** Name of the groups, at most 30 characters, starting with a letter or Chinese character. */
  public abstract Optional<String> instanceGroupName();

  /** Instance specification, for example {@code acp.basic.small}; {@code DescribeSpec} lists them. */
  public abstract String instanceGroupSpec();

  /** Version of the instances to create. */
  public abstract Optional<String> instanceVersion();

  /** IPv6 bandwidth; not publicly offered yet. */
  public abstract Optional<Integer> ipv6Bandwidth();

  /** Key pair bound to every instance that is created. */
  public abstract Optional<String> keyPairId();

  /** Bandwidth plan to buy with the groups, sent as one JSON string in the query. */
  public abstract Optional<NetworkInfo> networkInfo();

  /** Network type of the instances, for example {@code network_pro_ecd}. */
  public abstract Optional<String> networkType();

  /** Number of instances in each group, 1 to 100. */
  public abstract Optional<Integer> numberOfInstances();

  /** Network to join; required for a VPC network, optional for a shared one. */
  public abstract Optional<String> officeSiteId();

  /** Address the service calls back when the order is paid; spelled {@code PaidCallBackUrl} on the wire. */
  public abstract Optional<String> paidCallBackUrl();

  /** Length of the subscription in {@code PeriodUnit}s. */
  public abstract Optional<Integer> period();

  /** Unit of {@code Period}, for example {@code Month}. */
  public abstract Optional<String> periodUnit();

  /** Policy applied to the instances; {@code ListPolicyGroups} lists them. */
  public abstract Optional<String> policyGroupId();

  /** Promotion to apply to the order. */
  public abstract Optional<String> promotionId();

  /** Sale mode, for example {@code Instance}. */
  public abstract Optional<String> saleMode();

  /** Streaming mode of the instances; preemptive when absent. */
  public abstract Optional<Integer> streamMode();

  /** Tags to put on the groups, sent as {@code Tag.N.Key} / {@code Tag.N.Value}. */
  public abstract List<Tag> tag();

  /** vSwitch for a VPC network; leave absent for a shared network. */
  public abstract Optional<String> vSwitchId();

  @Value.Check
  void check() {
    Validate.range("Amount", amount(), 1, 100);
    Validate.range("NumberOfInstances", numberOfInstances(), 1, 100);
    Validate.length("ClientToken", clientToken(), 1, 100);
    Validate.length("InstanceGroupName", instanceGroupName(), 1, 30);
  }
}
