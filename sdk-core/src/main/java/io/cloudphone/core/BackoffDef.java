package io.cloudphone.core;

import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * Exponential backoff with jitter; the one backoff type behind both retries and waiter polling.
 * Delay before retry {@code n} (1-based) is {@code min(max, initial * multiplier^(n-1))}, of which a
 * random part of size {@code jitter} is taken away.
 */
@Value.Immutable
@CloudPhoneStyle
abstract class BackoffDef {
  /** Delay before the first retry or second poll. */
  @Value.Default
  public Duration initialDelay() {
    return Duration.ofMillis(200);
  }

  /** Upper bound of any single delay. */
  @Value.Default
  public Duration maxDelay() {
    return Duration.ofSeconds(20);
  }

  /** Growth factor between consecutive delays. */
  @Value.Default
  public double multiplier() {
    return 2.0;
  }

  /** Fraction of each delay that is randomized away (0 = none, 1 = full jitter). */
  @Value.Default
  public double jitter() {
    return 0.5;
  }

  /** The delay before attempt {@code retryNumber} (1 for the first retry), given a random value in [0, 1). */
  public Duration delay(int retryNumber, double random) {
    double base = initialDelay().toNanos() * Math.pow(multiplier(), Math.max(0, retryNumber - 1));
    double capped = Math.min(base, maxDelay().toNanos());
    double jittered = capped * (1.0 - jitter() * random);
    return Duration.ofNanos((long) jittered);
  }

  @Value.Check
  void check() {
    // A zero delay would retry or poll in a tight loop.
    if (initialDelay().isNegative() || initialDelay().isZero()) {
      throw new IllegalArgumentException("initialDelay must be positive but was " + initialDelay());
    }
    if (maxDelay().compareTo(initialDelay()) < 0) {
      throw new IllegalArgumentException("maxDelay must be at least initialDelay (" + initialDelay() + ") but was "
          + maxDelay());
    }
    if (multiplier() < 1.0) {
      throw new IllegalArgumentException("multiplier must be at least 1.0");
    }
    if (jitter() < 0.0 || jitter() > 1.0) {
      throw new IllegalArgumentException("jitter must be between 0.0 and 1.0");
    }
  }
}
