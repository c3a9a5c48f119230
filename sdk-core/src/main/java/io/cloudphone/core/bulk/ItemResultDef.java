package io.cloudphone.core.bulk;

import io.cloudphone.core.JobStatus;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The result for one id of a bulk operation. */
@Value.Immutable
@CloudPhoneStyle
abstract class ItemResultDef {
  /** The phone or server id. */
  public abstract String id();

  /** What became of it. */
  public abstract ItemOutcome outcome();

  /** The job the provider started for it, if any. */
  public abstract Optional<String> jobId();

  /** The last known status of that job. */
  public abstract Optional<JobStatus> jobStatus();

  /** The provider's error code when it failed. */
  public abstract Optional<String> errorCode();

  /** Why it failed, in the provider's words or the SDK's. */
  public abstract Optional<String> errorMessage();

  /** The job's output (e.g. a shell command's), when there is one. */
  public abstract Optional<String> output();

  /** The {@code CloudPhoneFleet} member the id was routed to; empty outside a fleet or when no member knew it. */
  public abstract Optional<String> member();

  /** A result for an id that was never sent. */
  public static ItemResult notAttempted(String id) {
    return ItemResult.builder().id(id).outcome(ItemOutcome.NOT_ATTEMPTED).build();
  }

  /** A failed result. */
  public static ItemResult failed(String id, String errorCode, String message) {
    return ItemResult.builder().id(id).outcome(ItemOutcome.FAILED)
        .errorCode(Optional.ofNullable(errorCode).filter(code -> !code.isEmpty()))
        .errorMessage(Optional.ofNullable(message)).build();
  }
}
