package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The bandwidth plan to buy with new matrices or instance groups; {@code CreateCloudPhoneNode} and
 * {@code CreateAndroidInstanceGroup} send it as one JSON string in the query.
 *
 * <p>{@code CreateCloudPhoneNode} takes only the plan's name, CIDR block, charge type, IP ratio, carrier, bandwidth,
 * pay type, visibility and callback; the order settings ({@code AutoPay}, {@code AutoRenew}, {@code Period},
 * {@code PeriodUnit}, {@code PromotionId}) belong to {@code CreateAndroidInstanceGroup} only.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = NetworkInfo.Builder.class)
abstract class NetworkInfoDef {
  /** Whether the plan's order is paid automatically from the account balance. */
  public abstract Optional<Boolean> autoPay();

  /** Whether the plan's subscription renews automatically. */
  public abstract Optional<Boolean> autoRenew();

  /** Name of the bandwidth plan. */
  public abstract Optional<String> bandwidthPackageName();

  /** Private CIDR block, for example {@code 10.10.13.0/24}. */
  public abstract Optional<String> cidrBlock();

  /** How Internet traffic is billed, for example {@code PayByBandwidth} (the default) or {@code PayBy95}. */
  public abstract Optional<String> internetChargeType();

  /** Ratio of IP addresses to instances. */
  public abstract Optional<Integer> ipRatio();

  /** Carrier line, for example {@code ChinaTelecom}. */
  public abstract Optional<String> isp();

  /** Peak bandwidth of the plan in Mbit/s, shared by every instance that uses it. */
  public abstract Optional<Integer> limitedBandwidth();

  /**
   * Callback address for the plan's payment; spelled {@code PaidCallbackUrl} inside this JSON, unlike the top-level
   * {@code PaidCallBackUrl} parameter of the same operations.
   */
  public abstract Optional<String> paidCallbackUrl();

  /** Billing type of the plan, for example {@code PostPaid}. */
  public abstract Optional<String> payType();

  /** Length of the plan's subscription in {@code PeriodUnit}s. */
  public abstract Optional<Integer> period();

  /** Unit of {@code Period}, for example {@code Month}. */
  public abstract Optional<String> periodUnit();

  /** Promotion to apply to the plan's order. */
  public abstract Optional<String> promotionId();

  /** Visibility scope of the plan, for example {@code CPS}. */
  public abstract Optional<String> visibleType();
}
