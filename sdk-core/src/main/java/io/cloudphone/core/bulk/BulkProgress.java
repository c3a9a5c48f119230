package io.cloudphone.core.bulk;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A snapshot of a bulk operation's progress.
 *
 * @param operation what the operation does
 * @param phase submitting requests, awaiting jobs, or done
 * @param total distinct ids
 * @param succeeded ids that succeeded so far
 * @param failed ids that failed so far
 * @param inFlight ids in requests sent and not yet answered, or in jobs not yet finished
 * @param notAttempted ids never sent (cancelled)
 * @param perSecond ids settled per second so far
 * @param estimatedRemaining time left at the current rate, when it can be estimated
 * @param learnedRate the client's current request rate for the operation called most, when it is paced
 * @param throttledShare the share of attempts the provider throttled since the operation started, 0 to 1
 */
public record BulkProgress(String operation, Phase phase, int total, int succeeded, int failed, int inFlight,
    int notAttempted, double perSecond, Optional<Duration> estimatedRemaining, OptionalDouble learnedRate,
    double throttledShare) {

  /** A snapshot without pacing figures (no learned rate, nothing throttled). */
  public BulkProgress(String operation, Phase phase, int total, int succeeded, int failed, int inFlight,
      int notAttempted, double perSecond, Optional<Duration> estimatedRemaining) {
    this(operation, phase, total, succeeded, failed, inFlight, notAttempted, perSecond, estimatedRemaining,
        OptionalDouble.empty(), 0);
  }

  /** Ids that have a final outcome. */
  public int settled() {
    return succeeded + failed + notAttempted;
  }

  /** The stages of a bulk operation. */
  public enum Phase {
    /** Sending the provider requests. */
    SUBMITTING,
    /** All requests answered; waiting for the provider's jobs. */
    AWAITING,
    /** Every id has a final outcome. */
    DONE
  }
}
