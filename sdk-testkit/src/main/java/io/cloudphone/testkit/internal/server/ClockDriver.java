package io.cloudphone.testkit.internal.server;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Moves a virtual clock forward {@code speed} times as fast as real time, in small steps, so that a fake run as a
 * server finishes its jobs and progressions sooner than the real service would.
 */
public final class ClockDriver implements AutoCloseable {
  private static final long STEP_MILLIS = 10;

  private final double speed;
  private final Consumer<Duration> advance;
  private final LongSupplier nanoTime;
  private final ScheduledExecutorService ticker;
  private long lastNanos;
  private double carryNanos;

  ClockDriver(double speed, Consumer<Duration> advance, LongSupplier nanoTime) {
    this.speed = speed;
    this.advance = advance;
    this.nanoTime = nanoTime;
    this.lastNanos = nanoTime.getAsLong();
    this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "fake-server-clock");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Starts advancing through {@code advance} (such as {@code FakeTime::advance}) at {@code speed}. */
  public static ClockDriver start(double speed, Consumer<Duration> advance) {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("clock speed must be a positive number: " + speed);
    }
    ClockDriver driver = new ClockDriver(speed, Objects.requireNonNull(advance, "advance"), System::nanoTime);
    driver.ticker.scheduleAtFixedRate(driver::tick, STEP_MILLIS, STEP_MILLIS, TimeUnit.MILLISECONDS);
    return driver;
  }

  /** One step: moves the clock by the real time since the last step times the speed. */
  synchronized void tick() {
    long now = nanoTime.getAsLong();
    carryNanos += (now - lastNanos) * speed;
    lastNanos = now;
    long whole = (long) carryNanos;
    if (whole > 0) {
      carryNanos -= whole;
      advance.accept(Duration.ofNanos(whole));
    }
  }

  /** Stops advancing the clock. */
  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
