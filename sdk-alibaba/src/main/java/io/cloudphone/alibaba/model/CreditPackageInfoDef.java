package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A credit booster pack with its total, used and available credits. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreditPackageInfo.Builder.class)
abstract class CreditPackageInfoDef {
  /** Credits still available, as the service sends it (a decimal string). */
  public abstract Optional<String> availableCredits();

  /** When the pack was bought, as the service formats it. */
  public abstract Optional<String> createTime();

  /** Id of the pack, for example {@code crp-xagydbhfkah****}. */
  public abstract Optional<String> creditPackageId();

  /** Status, for example {@code ACTIVE}. */
  public abstract Optional<String> creditPackageStatus();

  /** When the pack took effect, as the service formats it (for example {@code 2026-04-30 00:00:00}). */
  public abstract Optional<String> effectiveTime();

  /** Credits used up, as the service sends it. */
  public abstract Optional<String> exhaustedCredits();

  /** When the pack expires, as the service formats it. */
  public abstract Optional<String> expiredTime();

  /** Credits the pack holds in all, as the service sends it. */
  public abstract Optional<String> totalCredits();
}
