package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An edge agent package (licenses for edge devices) with its license keys; the keys never appear in {@code
 * toString}.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = EdgeAgentPackage.Builder.class)
abstract class EdgeAgentPackageDef {
  /** Form factor the package is for, for example {@code BOX}. */
  public abstract Optional<String> deviceClass();

  /** When the package expires, as the service formats it (for example {@code 2026-01-05 10:04:07}). */
  public abstract Optional<String> expireDate();

  /** License keys of the package. */
  @Value.Redacted
  public abstract List<String> licenseKeys();

  /** Id of the package. */
  public abstract Optional<String> packageId();

  /** Specification; only {@code hardware} is offered. */
  public abstract Optional<String> packageSpec();

  /** Status, for example {@code ACTIVE}. */
  public abstract Optional<String> status();
}
