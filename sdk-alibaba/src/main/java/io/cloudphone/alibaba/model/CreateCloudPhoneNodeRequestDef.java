package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code CreateCloudPhoneNode}, which buys one or more cloud phone matrices (physical servers split into phones). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateCloudPhoneNodeRequest.Builder.class)
abstract class CreateCloudPhoneNodeRequestDef {
  /** Whether the order is paid automatically from the account balance. */
  public abstract Optional<Boolean> autoPay();

  /** Whether the subscription renews automatically. */
  public abstract Optional<Boolean> autoRenew();

  /** Id of an existing shared Internet bandwidth plan to attach. */
  public abstract Optional<String> bandwidthPackageId();

  /** Type of bandwidth plan, for example {@code cbwp_ecd}. */
  public abstract Optional<String> bandwidthPackageType();

  /** Region to create the matrices in, for example {@code cn-hangzhou}. */
  public abstract String bizRegionId();

  /** Sales channel marker the order is attributed to. */
  public abstract Optional<String> channelCookie();

  /** Billing method; only {@code PrePaid} (subscription) is offered. */
  public abstract Optional<String> chargeType();

  /** Number of matrices to buy; the API documents it as a string, the query string carries the same digits. */
  public abstract Optional<Integer> count();

  /** Display settings of the phones (density 72 to 600 dpi), sent as one JSON string in the form body. */
  public abstract Optional<DisplayConfig> displayConfig();

  /** Downstream bandwidth limit per phone in Mbit/s. */
  public abstract Optional<Integer> downBandwidthLimit();

  /** Image the phones start from. */
  public abstract Optional<String> imageId();

  /** Instance type of the phones, for example {@code ac.max} (4 to 40 phones, 25 by default). */
  public abstract Optional<String> instanceType();

  /**
   * Whether the phones of a matrix share one image disk; the builder calls it {@code singleImgDisk}, the wire
   * {@code IsSingleImgDisk}.
   */
  @JsonProperty("IsSingleImgDisk")
  public abstract Optional<Boolean> isSingleImgDisk();

  /** Office network the matrices join. */
  public abstract Optional<String> networkId();

  /** Bandwidth plan to buy with the matrices, sent as one JSON string; its order settings are not taken here. */
  public abstract Optional<NetworkInfo> networkInfo();

  /** Network type of the phones, for example {@code network_pro_ecd}. */
  public abstract Optional<String> networkType();

  /** Name of the new matrices. */
  public abstract Optional<String> nodeName();

  /** Address the service calls back when the order is paid; spelled {@code PaidCallBackUrl} on the wire. */
  public abstract Optional<String> paidCallBackUrl();

  /** Length of the subscription in {@code PeriodUnit}s: 1 for a year, or 1, 2, 3 or 6 months. */
  public abstract Optional<Integer> period();

  /** Unit of {@code Period}: {@code Year} or {@code Month}. */
  public abstract Optional<String> periodUnit();

  /** Number of phone instances per matrix. */
  public abstract Optional<Integer> phoneCount();

  /** Size of each phone's own storage in GiB. */
  public abstract Optional<Integer> phoneDataVolume();

  /** Promotion to apply to the order. */
  public abstract Optional<String> promotionId();

  /** Screen height of the phones in pixels. */
  public abstract Optional<Integer> resolutionHeight();

  /** Screen width of the phones in pixels. */
  public abstract Optional<Integer> resolutionWidth();

  /** Size of the matrix's shared storage in GiB; it must exceed the phone count times 10 GiB. */
  public abstract Optional<Integer> serverShareDataVolume();

  /** Matrix specification, for example {@code cpm.gx7.10xlarge}. */
  public abstract String serverType();

  /** Streaming mode of the phones; preemptive when absent. */
  public abstract Optional<Integer> streamMode();

  /** Swap size of each phone in GiB. */
  public abstract Optional<Integer> swapSize();

  /** Tags to put on the matrices, sent as {@code Tag.N.Key} / {@code Tag.N.Value}. */
  public abstract List<Tag> tag();

  /** Upstream bandwidth limit per phone in Mbit/s. */
  public abstract Optional<Integer> upBandwidthLimit();

  /** Whether the matrices are created from a template. */
  public abstract Optional<String> useTemplate();

  /** VPC vSwitch the matrices use. */
  public abstract Optional<String> vSwitchId();

  @Value.Check
  void check() {
    Validate.range("DisplayConfig.Dpi", displayConfig().flatMap(DisplayConfig::dpi), 72, 600);
    networkInfo().ifPresent(CreateCloudPhoneNodeRequestDef::checkNodeNetworkInfo);
  }

  // The matrix order carries AutoPay, Period, ... itself; the node's NetworkInfo has no such fields, so setting them
  // there would be silently ignored by the service.
  private static void checkNodeNetworkInfo(NetworkInfo info) {
    rejectSet("NetworkInfo.AutoPay", info.autoPay());
    rejectSet("NetworkInfo.AutoRenew", info.autoRenew());
    rejectSet("NetworkInfo.Period", info.period());
    rejectSet("NetworkInfo.PeriodUnit", info.periodUnit());
    rejectSet("NetworkInfo.PromotionId", info.promotionId());
  }

  private static void rejectSet(String name, Optional<?> value) {
    if (value.isPresent()) {
      throw new IllegalArgumentException(
          name + " is taken by CreateAndroidInstanceGroup only, not by CreateCloudPhoneNode");
    }
  }
}
