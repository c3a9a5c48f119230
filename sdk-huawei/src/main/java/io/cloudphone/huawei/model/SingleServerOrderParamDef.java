package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Subscription terms for buying bare cloud phone servers (yearly/monthly billing). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SingleServerOrderParam.Builder.class)
abstract class SingleServerOrderParamDef {
  /** Billing mode: 0 for yearly/monthly, the only mode. */
  public abstract int chargingMode();

  /** Period unit: 2 for months, 3 for years. */
  public abstract int periodType();

  /** Number of periods: 1 to 9 months or 1 to 10 years. */
  public abstract int periodNum();

  /** Whether to pay automatically from the account balance: 1 yes, 0 no (default). */
  @JsonProperty("is_auto_pay")
  public abstract Optional<Integer> autoPay();

  /** Whether to renew automatically: 1 yes, 0 no (default). */
  @JsonProperty("is_auto_renew")
  public abstract Optional<Integer> autoRenew();

  @Value.Check
  void check() {
    Validate.oneOf("charging_mode", chargingMode(), List.of(0));
    Validate.oneOf("period_type", periodType(), List.of(2, 3));
    Validate.range("period_num", periodNum(), 1, periodType() == 2 ? 9 : 10);
    Validate.range("is_auto_pay", autoPay(), 0, 1);
    Validate.range("is_auto_renew", autoRenew(), 0, 1);
  }
}
