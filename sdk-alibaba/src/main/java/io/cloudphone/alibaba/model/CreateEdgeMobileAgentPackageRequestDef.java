package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code CreateEdgeMobileAgentPackage}, which orders edge agent packages (licenses for edge
 * devices).
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateEdgeMobileAgentPackageRequest.Builder.class)
abstract class CreateEdgeMobileAgentPackageRequestDef {
  /** Whether the order is paid from the account balance; otherwise only an unpaid order is created. */
  public abstract Optional<Boolean> autoPay();

  /** Whether the subscription renews automatically. */
  public abstract Optional<Boolean> autoRenew();

  /** Region of the agents, for example {@code cn-hangzhou}; required. */
  public abstract String bizRegionId();

  /** Idempotency token: a repeated call with the same token places no second order. */
  public abstract Optional<String> clientToken();

  /** Form factor of the devices, for example {@code BOX}. */
  public abstract Optional<String> deviceClass();

  /** Length of the subscription in {@code PeriodUnit}s; required. */
  public abstract int period();

  /** Unit of {@code Period}: {@code Month} or {@code Year}; required. */
  public abstract String periodUnit();

  /** Promotion to apply. */
  public abstract Optional<String> promotionId();

  /** Number of packages; required, at least 1. */
  public abstract int quantity();

  @Value.Check
  void check() {
    Validate.notBlank("BizRegionId", bizRegionId());
    Validate.range("Period", period(), 1, Integer.MAX_VALUE);
    Validate.notBlank("PeriodUnit", periodUnit());
    Validate.range("Quantity", quantity(), 1, Integer.MAX_VALUE);
  }
}
