package io.cloudphone.core.internal;

import io.cloudphone.core.CloudPhoneException;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.CloudPhoneTransportException;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ThrottlingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/** Decides whether and when a failed attempt is retried, from the policy, the error and the operation. */
public final class RetryDecider {
  private final RetryPolicy policy;
  private final DoubleSupplier random;

  /** A decider for {@code policy} drawing jitter from {@code random}. */
  public RetryDecider(RetryPolicy policy, DoubleSupplier random) {
    this.policy = policy;
    this.random = random;
  }

  /**
   * The delay before the next attempt, or empty when the call must fail now.
   *
   * @param attemptsMade attempts made so far, including the failed one
   * @param started when the first attempt started
   * @param now the current time
   * @param error what the failed attempt threw
   * @param idempotent whether the operation may be replayed after reaching the server
   */
  public Optional<Duration> nextDelay(
      int attemptsMade, Instant started, Instant now, CloudPhoneException error, boolean idempotent) {
    if (attemptsMade >= policy.maxAttempts() || !error.isRetryable() || !safeToReplay(error, idempotent)) {
      return Optional.empty();
    }
    Duration delay = policy.backoff().delay(attemptsMade, random.getAsDouble());
    if (error instanceof ThrottlingException throttled && throttled.retryAfter().isPresent()) {
      Duration asked = throttled.retryAfter().get();
      delay = asked.compareTo(delay) > 0 ? asked : delay;
    }
    Instant deadline = started.plus(policy.totalTimeout());
    return now.plus(delay).isAfter(deadline) ? Optional.empty() : Optional.of(delay);
  }

  private static boolean safeToReplay(CloudPhoneException error, boolean idempotent) {
    if (error instanceof ThrottlingException) {
      return true; // refused before any work was done
    }
    if (error instanceof CloudPhoneTransportException transport) {
      return idempotent || !transport.mayHaveReachedServer();
    }
    return error instanceof CloudPhoneServiceException && idempotent;
  }
}
