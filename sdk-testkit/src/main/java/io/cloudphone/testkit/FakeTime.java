package io.cloudphone.testkit;

import io.cloudphone.core.Clock;
import io.cloudphone.core.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A fake's clock: it dates responses, checks the signature's timestamp window and decides when jobs finish.
 * Give the same clock to the client ({@code fake.clientBuilder()} does) so that signing dates, backoff and
 * polling all run on it.
 *
 * <ul>
 *   <li>{@link #virtual()}: virtual time where every wait the SDK asks for passes at once by moving the clock
 *       forward, so retries, polling and bulk operations finish without sleeping — the default for tests;
 *   <li>{@link #manual()}: virtual time that moves only through {@link #advance(Duration)};
 *   <li>{@link #real()}: wall-clock time, for demos.
 * </ul>
 */
public final class FakeTime {
  /** How a fake's time passes. */
  public enum Mode {
    /** Virtual; every wait the SDK asks for moves the clock forward at once. */
    VIRTUAL,
    /** Virtual; moves only through {@link FakeTime#advance(Duration)}. */
    MANUAL,
    /** Wall-clock time. */
    REAL
  }

  private final Mode mode;
  private final Clock clock;

  private FakeTime(Mode mode, Clock clock) {
    this.mode = mode;
    this.clock = clock;
  }

  /** Auto-advancing virtual time starting now (to the second). */
  public static FakeTime virtual() {
    return virtual(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /** Auto-advancing virtual time starting at {@code start}. */
  public static FakeTime virtual(Instant start) {
    return new FakeTime(Mode.VIRTUAL, ManualClock.autoAdvancing(start));
  }

  /** Virtual time starting now (to the second) that moves only through {@link #advance(Duration)}. */
  public static FakeTime manual() {
    return manual(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /** Virtual time starting at {@code start} that moves only through {@link #advance(Duration)}. */
  public static FakeTime manual(Instant start) {
    return new FakeTime(Mode.MANUAL, ManualClock.startingAt(start));
  }

  /** Wall-clock time. */
  public static FakeTime real() {
    return new FakeTime(Mode.REAL, Clock.system());
  }

  /** Time of the given mode, starting now. */
  public static FakeTime of(Mode mode) {
    return switch (Objects.requireNonNull(mode, "mode")) {
      case VIRTUAL -> virtual();
      case MANUAL -> manual();
      case REAL -> real();
    };
  }

  /** How this time passes. */
  public Mode mode() {
    return mode;
  }

  /** Whether this is virtual time (it can be advanced). */
  public boolean isVirtual() {
    return mode != Mode.REAL;
  }

  /** The clock, to give a client ({@code builder.clock(time.clock())}). */
  public Clock clock() {
    return clock;
  }

  /** The current instant. */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Moves virtual time forward, finishing the jobs that fall due and completing the waits that do.
   *
   * @throws IllegalStateException on real time
   */
  public void advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("time only moves forward: " + amount);
    }
    if (!(clock instanceof ManualClock manual)) {
      throw new IllegalStateException("real time cannot be advanced");
    }
    manual.advance(amount);
  }

  @Override
  public String toString() {
    return "FakeTime[" + mode + ", " + now() + "]";
  }
}
