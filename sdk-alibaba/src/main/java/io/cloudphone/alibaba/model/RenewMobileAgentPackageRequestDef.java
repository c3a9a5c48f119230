package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code RenewMobileAgentPackage}: the resource plans to renew and for how long. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RenewMobileAgentPackageRequest.Builder.class)
abstract class RenewMobileAgentPackageRequestDef {
  /** Whether the order is paid from the account balance; otherwise only an unpaid order is created. */
  public abstract Optional<Boolean> autoPay();

  /** Whether the subscription renews automatically. */
  public abstract Optional<Boolean> autoRenew();

  /** Idempotency token: a repeated call with the same token renews only once. */
  public abstract Optional<String> clientToken();

  /** Resource plans to renew, sent as {@code MobileAgentPackageIds.N}. */
  public abstract List<String> mobileAgentPackageIds();

  /**
   * Page to open after payment. Spelled {@code PaidCallbackUrl} here, unlike the {@code PaidCallBackUrl} of older
   * operations.
   */
  public abstract Optional<String> paidCallbackUrl();

  /** Length of the subscription in {@code PeriodUnit}s. */
  public abstract Optional<Integer> period();

  /** Unit of {@code Period}: {@code Month} or {@code Year}. */
  public abstract Optional<String> periodUnit();

  /** Promotion to apply. */
  public abstract Optional<String> promotionId();
}
