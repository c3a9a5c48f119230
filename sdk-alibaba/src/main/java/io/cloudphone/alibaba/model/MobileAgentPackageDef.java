package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A mobile agent resource plan: specification, status, credits and bound instances. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = MobileAgentPackage.Builder.class)
abstract class MobileAgentPackageDef {
  /** When the plan expires, as the service formats it (for example {@code 2026-10-30 00:00:00}). */
  public abstract Optional<String> expiredAt();

  /** Agent instances bound to the plan. */
  public abstract List<String> instanceIds();

  /** Credit quota of the plan, as the service sends it (a decimal string). */
  public abstract Optional<String> packageCredit();

  /** Id of the plan. */
  public abstract Optional<String> packageId();

  /** Specification, for example {@code advanced}. */
  public abstract Optional<String> packageSpec();

  /** Display name of the specification. */
  public abstract Optional<String> packageSpecName();

  /** Status, for example {@code ACTIVE}. */
  public abstract Optional<String> packageStatus();

  /** End of the current credit period. */
  public abstract Optional<String> periodEndTime();

  /** Start of the current credit period. */
  public abstract Optional<String> periodStartTime();

  /** Credits used, as the service sends it (a decimal string). */
  public abstract Optional<String> usedCredit();
}
