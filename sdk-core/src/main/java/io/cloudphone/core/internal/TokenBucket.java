package io.cloudphone.core.internal;

import io.cloudphone.core.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A client-side rate limit on the SDK clock (GCRA form): a steady {@code ratePerSecond}, with bursts of up to
 * {@code burst} requests. {@link #reserve()} never blocks; it says how long the caller must wait.
 */
public final class TokenBucket {
  private final Clock clock;
  private final long intervalNanos;
  private final long allowanceNanos;
  private Instant theoreticalArrival;

  /** A bucket allowing {@code ratePerSecond} on average and {@code burst} at once. */
  public TokenBucket(Clock clock, double ratePerSecond, int burst) {
    if (!(ratePerSecond > 0) || burst < 1) {
      throw new IllegalArgumentException("rate must be positive and burst at least 1");
    }
    this.clock = clock;
    this.intervalNanos = (long) (1_000_000_000L / ratePerSecond);
    this.allowanceNanos = intervalNanos * (burst - 1);
    this.theoreticalArrival = clock.instant();
  }

  /** Takes one permit and returns how long to wait before using it (zero when one is free now). */
  public synchronized Duration reserve() {
    Instant now = clock.instant();
    Instant arrival = theoreticalArrival.isAfter(now) ? theoreticalArrival : now;
    long ahead = Duration.between(now, arrival).toNanos();
    theoreticalArrival = arrival.plusNanos(intervalNanos);
    return ahead > allowanceNanos ? Duration.ofNanos(ahead - allowanceNanos) : Duration.ZERO;
  }
}
