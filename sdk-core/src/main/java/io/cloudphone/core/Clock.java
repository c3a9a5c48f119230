package io.cloudphone.core;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's source of time: signing dates, retry backoff, token expiry and waiter polling all go through it,
 * so tests can inject a {@link ManualClock} and never really sleep.
 */
public interface Clock {
  /** The current instant. */
  Instant instant();

  /** A future completed once {@code delay} has passed; never blocks the caller. */
  CompletableFuture<Void> delay(Duration delay);

  /** Blocks the calling thread for {@code delay}. */
  default void sleep(Duration delay) {
    delay(delay).join();
  }

  /** The system clock, with delays scheduled on one shared daemon timer thread. */
  static Clock system() {
    return SystemClock.INSTANCE;
  }
}
