package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code ModifyInstanceChargeType}: switches instance groups from pay-as-you-go to subscription. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyInstanceChargeTypeRequest.Builder.class)
abstract class ModifyInstanceChargeTypeRequestDef {
  /** Whether the order is paid automatically; false when absent. */
  public abstract Optional<Boolean> autoPay();

  /** Whether the subscription renews automatically; false when absent. */
  public abstract Optional<Boolean> autoRenew();

  /** New billing method; only {@code PrePaid} (from pay-as-you-go) is supported. */
  public abstract String chargeType();

  /** Ids of the instance groups to switch. */
  public abstract List<String> instanceGroupIds();

  /** Length of the subscription: 1, 2, 3 or 6 months, or 1 year. */
  public abstract Optional<Integer> period();

  /** Unit of {@code Period}: {@code Month} or {@code Year}. */
  public abstract Optional<String> periodUnit();

  /** Promotion to apply to the order. */
  public abstract Optional<String> promotionId();
}
