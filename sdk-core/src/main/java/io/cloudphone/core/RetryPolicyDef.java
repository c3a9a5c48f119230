package io.cloudphone.core;

import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How the call layer retries throttled, unavailable and failed-in-transit calls: at most {@code maxAttempts}
 * attempts within {@code totalTimeout}, spaced by {@code backoff}, honouring the provider's Retry-After. A call
 * that may have reached the server is replayed only if its operation is idempotent; a throttled call was
 * refused before any work and is always safe to replay.
 */
@Value.Immutable
@CloudPhoneStyle
abstract class RetryPolicyDef {
  /** Total attempts including the first; 1 disables retries. */
  @Value.Default
  public int maxAttempts() {
    return 4;
  }

  /** Spacing between attempts. */
  @Value.Default
  public Backoff backoff() {
    return Backoff.builder().build();
  }

  /** Time budget for all attempts of one call, waits included; no retry starts after it. */
  @Value.Default
  public Duration totalTimeout() {
    return Duration.ofMinutes(2);
  }

  /** The default policy: 4 attempts, 200 ms doubling to 20 s with jitter, 2 minutes in all. */
  public static RetryPolicy defaults() {
    return RetryPolicy.builder().build();
  }

  /** A policy that never retries. */
  public static RetryPolicy none() {
    return RetryPolicy.builder().maxAttempts(1).build();
  }

  @Value.Check
  void check() {
    if (maxAttempts() < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (totalTimeout().isNegative() || totalTimeout().isZero()) {
      throw new IllegalArgumentException("totalTimeout must be positive");
    }
  }
}
