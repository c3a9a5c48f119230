package io.cloudphone.core;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/** Wall-clock time; delays use the JDK's shared delayed executor, not a thread per wait. */
final class SystemClock implements Clock {
  static final SystemClock INSTANCE = new SystemClock();

  private SystemClock() {}

  @Override
  public Instant instant() {
    return Instant.now();
  }

  @Override
  public CompletableFuture<Void> delay(Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      return CompletableFuture.completedFuture(null);
    }
    Executor after = CompletableFuture.delayedExecutor(
        delay.toNanos(), TimeUnit.NANOSECONDS, ForkJoinPool.commonPool());
    return CompletableFuture.runAsync(() -> {}, after);
  }

  @Override
  public void sleep(Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis(), (int) (delay.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CloudPhoneException("Interrupted while waiting", e);
    }
  }

  @Override
  public String toString() {
    return "Clock.system()";
  }
}
