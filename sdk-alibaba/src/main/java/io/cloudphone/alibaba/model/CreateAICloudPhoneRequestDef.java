package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code CreateAICloudPhone}, which orders AI cloud phones; the instances are created once the order is paid. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateAICloudPhoneRequest.Builder.class)
abstract class CreateAICloudPhoneRequestDef {
  /** Number of AI cloud phones to buy. */
  public abstract Integer amount();

  /** Whether the order is paid automatically from the account balance. */
  public abstract Optional<Boolean> autoPay();

  /** Id of the bandwidth package the phones use, for example {@code np-791ncq8qcuoopxxxx}. */
  public abstract String bandwidthPackageId();

  /** Region to buy in, for example {@code cn-shanghai}. */
  public abstract String bizRegionId();

  /** Image the phones start from. */
  public abstract String imageId();

  /** Name of the instance group the phones form. */
  public abstract String instanceGroupName();

  /** Specification of the group: {@code STANDARD} or {@code MEDIUM} (advanced). */
  public abstract String instanceGroupSpec();

  /** Length of the subscription in {@code PeriodUnit}s. */
  public abstract Integer period();

  /** Unit of {@code Period}, for example {@code Month}. */
  public abstract String periodUnit();

  /** Policy group to apply to the phones. */
  public abstract Optional<String> policyGroupId();

  /** Id of a coupon to apply to the order. */
  public abstract Optional<String> promotionId();

  @Value.Check
  void check() {
    Validate.range("Amount", amount(), 1, Integer.MAX_VALUE);
    Validate.range("Period", period(), 1, Integer.MAX_VALUE);
  }
}
