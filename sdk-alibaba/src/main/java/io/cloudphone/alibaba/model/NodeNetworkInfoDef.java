package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The bandwidth plan {@code CreateCloudPhoneNode} should buy for new matrices; sent as one JSON string. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = NodeNetworkInfo.Builder.class)
abstract class NodeNetworkInfoDef {
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

  /** Billing type of the plan, for example {@code PostPaid}. */
  public abstract Optional<String> payType();

  /** Visibility scope of the plan, for example {@code CPS}. */
  public abstract Optional<String> visibleType();
}
