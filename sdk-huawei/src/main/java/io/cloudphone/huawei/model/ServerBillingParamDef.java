package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Billing terms of a cloud phone server purchase (the {@code extend_param} object). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ServerBillingParam.Builder.class)
abstract class ServerBillingParamDef {
  /** Month as the subscription period unit. */
  static final int MONTH = 2;

  /** Year as the subscription period unit. */
  static final int YEAR = 3;

  /** Billing mode; 0 is yearly/monthly subscription. */
  public abstract int chargingMode();

  /** Subscription period unit: 2 month, 3 year. */
  public abstract int periodType();

  /** Number of periods: 1 to 9 months or 1 to 10 years. */
  public abstract int periodNum();

  /** 1 pays the order from the account balance at once, 0 (the default) leaves it unpaid. */
  @JsonProperty("is_auto_pay")
  public abstract Optional<Integer> autoPay();

  /** 1 renews the subscription automatically, 0 (the default) does not. */
  @JsonProperty("is_auto_renew")
  public abstract Optional<Integer> autoRenew();

  /** Enterprise project for the new servers; {@code 0} (the default) is the default project. */
  public abstract Optional<String> enterpriseProjectId();

  @Value.Check
  void check() {
    Validate.oneOf("period_type", periodType(), List.of(MONTH, YEAR));
    Validate.range("period_num", periodNum(), 1, periodType() == MONTH ? 9 : 10);
    autoPay().ifPresent(v -> Validate.oneOf("is_auto_pay", v, List.of(0, 1)));
    autoRenew().ifPresent(v -> Validate.oneOf("is_auto_renew", v, List.of(0, 1)));
  }
}
