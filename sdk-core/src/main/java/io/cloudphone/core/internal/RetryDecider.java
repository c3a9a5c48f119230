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
  private final boolean pacedThrottling;

  /** A decider for {@code policy} drawing jitter from {@code random}, counting throttled attempts. */
  public RetryDecider(RetryPolicy policy, DoubleSupplier random) {
    this(policy, random, false);
  }

  /**
   * A decider for {@code policy} drawing jitter from {@code random}. With {@code pacedThrottling} (the client paces
   * its calls), a throttled attempt does not count against {@link RetryPolicy#maxAttempts()}: it is retried while
   * the time budget allows, since the client's limiter slows the retries down; retries stay off when the policy
   * allows a single attempt.
   */
  public RetryDecider(RetryPolicy policy, DoubleSupplier random, boolean pacedThrottling) {
    this.policy = policy;
    this.random = random;
    this.pacedThrottling = pacedThrottling;
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
    boolean uncapped = pacedThrottling && error instanceof ThrottlingException && policy.maxAttempts() > 1;
    if ((attemptsMade >= policy.maxAttempts() && !uncapped) || !error.isRetryable()
        || !safeToReplay(error, idempotent)) {
      return Optional.empty();
    }
    Duration delay = policy.backoff().delay(Math.min(attemptsMade, policy.maxAttempts()), random.getAsDouble());
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
