package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Payment terms of a server flavor change (the {@code extend_param} object of {@code ChangeCloudPhoneServerModel}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangeServerModelBilling.Builder.class)
abstract class ChangeServerModelBillingDef {
  /** 1 pays an upgrade's extra fee from the account balance at once, 0 (the default) does not; downgrades refund. */
  @JsonProperty("is_auto_pay")
  public abstract Optional<Integer> autoPay();

  @Value.Check
  void check() {
    autoPay().ifPresent(v -> Validate.oneOf("is_auto_pay", v, List.of(0, 1)));
  }
}
