package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code CreateCreditPackage}, which buys credit booster packs for agent model usage; every field is
 * optional.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateCreditPackageRequest.Builder.class)
abstract class CreateCreditPackageRequestDef {
  /** Whether the order is paid from the account balance; otherwise only an unpaid order is created. */
  public abstract Optional<Boolean> autoPay();

  /** Sales channel marker, as Alibaba issues it. */
  public abstract Optional<String> channelCookie();

  /** Credits per pack, as a string (for example {@code 1000}). */
  public abstract Optional<String> creditAmount();

  /** Number of packs, as a string. */
  public abstract Optional<String> packageAmount();

  /** Length of the subscription in {@code PeriodUnit}s. */
  public abstract Optional<Integer> period();

  /** Unit of {@code Period}: {@code Month} or {@code Year}. */
  public abstract Optional<String> periodUnit();

  /** Promotion to apply. */
  public abstract Optional<String> promotionId();
}
