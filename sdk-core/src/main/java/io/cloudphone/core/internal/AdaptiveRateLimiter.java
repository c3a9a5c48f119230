package io.cloudphone.core.internal;

import io.cloudphone.core.Clock;
import io.cloudphone.core.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client-side rate of one client, per operation, on the client's {@link Clock}. {@link #acquire} never
 * blocks: it takes a free slot or says how long to wait before asking again, so a blocking call sleeps and an
 * asynchronous one schedules its next try on the clock.
 *
 * <p>Adaptive mode is CUBIC-like, as in TCP and AWS SDK v2's adaptive retry, with two differences that make it
 * converge in seconds instead of minutes: the rate an operation is cut to is measured from the calls the
 * provider <em>accepted</em> in the last second (what the provider allows), not from what was sent; and answers to
 * calls sent before the last cut do not cut again (they only report the old rate). An operation is not paced at
 * all until its first throttling answer; after a cut to {@code BETA × Wmax} the rate grows back along
 * {@code Wmax + C (t - K)³}, flat near the last known limit, then probes beyond it.
 */
public final class AdaptiveRateLimiter {
  /** Multiplicative decrease: a throttling answer cuts the rate to this share of the last known limit. */
  static final double BETA = 0.9;
  /** Cubic growth scale, in calls/s per s³. */
  static final double C = 0.4;
  /** The rate is never cut below this, in calls per second. */
  static final double MIN_RATE = 0.5;
  /** The window over which the accepted rate is measured. */
  static final Duration WINDOW = Duration.ofSeconds(1);
  /** The longest a caller waits before asking for a slot again. */
  static final Duration MAX_WAIT_STEP = Duration.ofMillis(100);
  /** Shortest span an accepted rate is measured over, so that a first burst does not look like the limit. */
  static final Duration MIN_SPAN = Duration.ofMillis(250);

  private final Clock clock;
  private final RateLimit setting;
  private final Map<String, OperationRate> operations = new ConcurrentHashMap<>();

  /** A limiter on {@code clock} pacing as {@code setting} says. */
  public AdaptiveRateLimiter(Clock clock, RateLimit setting) {
    this.clock = clock;
    this.setting = setting;
  }

  /** How this limiter paces. */
  public RateLimit setting() {
    return setting;
  }

  /** Whether calls are paced at all (adaptive or fixed), and throttled calls retried under its pacing. */
  public boolean active() {
    return setting.mode() != RateLimit.Mode.OFF;
  }

  /**
   * Takes a slot of {@code operation} when one is free now (zero), else says how long to wait before asking again
   * (at most {@link #MAX_WAIT_STEP}); nothing is reserved until zero is returned.
   */
  public Duration acquire(String operation) {
    return state(operation).acquire(clock.instant());
  }

  /** Records an accepted call of {@code operation}. */
  public void succeeded(String operation) {
    state(operation).succeeded(clock.instant());
  }

  /**
   * Records a throttling answer to a call of {@code operation} sent at {@code sentAt}: cuts the rate (once for the
   * calls sent before the cut) and holds every later call back for {@code retryAfter}, when the provider said.
   */
  public void throttled(String operation, Instant sentAt, Optional<Duration> retryAfter) {
    state(operation).throttled(clock.instant(), sentAt, retryAfter);
  }

  /** What each operation has done so far and its current rate, by operation name. */
  public Map<String, Stats> snapshot() {
    Map<String, Stats> out = new TreeMap<>();
    Instant now = clock.instant();
    operations.forEach((name, state) -> out.put(name, state.stats(now)));
    return out;
  }

  private OperationRate state(String operation) {
    return operations.computeIfAbsent(operation, name -> new OperationRate());
  }

  /**
   * Counters of one operation.
   *
   * @param attempts attempts that asked for a slot
   * @param throttled throttling answers
   * @param rate the current rate in calls per second, when the operation is paced
   */
  public record Stats(long attempts, long throttled, OptionalDouble rate) {}

  /** The pacing state of one operation; every method runs under its lock. */
  private final class OperationRate {
    private final ArrayDeque<Instant> accepted = new ArrayDeque<>();
    private Instant firstSeen;
    private Instant nextSlot;
    private Instant lastCut;
    private boolean limited = setting.mode() == RateLimit.Mode.FIXED;
    private double wMax;
    private long attempts;
    private long throttledCount;

    synchronized Duration acquire(Instant now) {
      if (firstSeen == null) {
        firstSeen = now;
        nextSlot = now;
      }
      if (setting.mode() == RateLimit.Mode.OFF) {
        attempts++;
        return Duration.ZERO;
      }
      if (nextSlot.isAfter(now)) {
        // Not reserved: the caller asks again when told, so a rate that grew meanwhile applies at once.
        Duration wait = Duration.between(now, nextSlot);
        return wait.compareTo(MAX_WAIT_STEP) > 0 ? MAX_WAIT_STEP : wait;
      }
      attempts++;
      if (limited) {
        long interval = (long) (1e9 / rate(now));
        // A caller woken a little late keeps its place, so timer lateness does not lower the rate.
        Instant earliest = now.minusNanos(interval);
        nextSlot = (nextSlot.isBefore(earliest) ? earliest : nextSlot).plusNanos(interval);
      }
      return Duration.ZERO;
    }

    synchronized void succeeded(Instant now) {
      accepted.addLast(now);
      trim(now);
    }

    synchronized void throttled(Instant now, Instant sentAt, Optional<Duration> retryAfter) {
      throttledCount++;
      if (firstSeen == null) {
        firstSeen = now;
        nextSlot = now;
      }
      retryAfter.ifPresent(wait -> {
        Instant until = now.plus(wait);
        nextSlot = nextSlot == null || until.isAfter(nextSlot) ? until : nextSlot;
      });
      if (setting.mode() != RateLimit.Mode.ADAPTIVE) {
        return;
      }
      trim(now);
      double measured = acceptedRate(now);
      if (lastCut != null && sentAt.isBefore(lastCut)) {
        // An answer to a call sent before the last cut says nothing about the new rate, but the calls accepted
        // meanwhile may show the limit is higher than first measured (accepted answers come back later than
        // refusals), so the known limit can only grow here.
        wMax = Math.max(wMax, measured);
        return;
      }
      double current = limited ? rate(now) : Double.POSITIVE_INFINITY;
      // Paced near its rate, the rate itself was the limit; sending well below it (or unpaced), what the provider
      // accepted is.
      wMax = measured >= current / 2 ? current : Math.max(measured, MIN_RATE);
      limited = true;
      lastCut = now;
      if (nextSlot == null || nextSlot.isBefore(now)) {
        nextSlot = now;
      }
    }

    synchronized Stats stats(Instant now) {
      return new Stats(attempts, throttledCount, limited ? OptionalDouble.of(rate(now)) : OptionalDouble.empty());
    }

    /** The current rate: fixed, or the cubic curve since the last cut. */
    private double rate(Instant now) {
      if (setting.mode() == RateLimit.Mode.FIXED) {
        return setting.perSecond().orElseThrow();
      }
      double t = Duration.between(lastCut, now).toNanos() / 1e9;
      double k = Math.cbrt(wMax * (1 - BETA) / C);
      return Math.max(MIN_RATE, wMax + C * Math.pow(t - k, 3));
    }

    private double acceptedRate(Instant now) {
      Duration span = Duration.between(firstSeen, now);
      if (span.compareTo(WINDOW) > 0) {
        span = WINDOW;
      }
      if (span.compareTo(MIN_SPAN) < 0) {
        span = MIN_SPAN;
      }
      return accepted.size() / (span.toNanos() / 1e9);
    }

    private void trim(Instant now) {
      Instant oldest = now.minus(WINDOW);
      while (!accepted.isEmpty() && accepted.peekFirst().isBefore(oldest)) {
        accepted.pollFirst();
      }
    }
  }
}
