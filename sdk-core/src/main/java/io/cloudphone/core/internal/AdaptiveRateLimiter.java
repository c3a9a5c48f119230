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
 * <p>Adaptive mode is CUBIC-like, as in TCP and AWS SDK v2's adaptive retry, with three differences that make it
 * converge in about a second instead of minutes:
 * <ul>
 *   <li>an operation is not paced at all until its first throttling answer;
 *   <li>the limit a throttling answer reveals is the lower of the rate the calls were paced at and the rate the
 *       provider <em>accepted</em> over the last second, and answers to calls sent before the last cut do not cut
 *       again (they can only raise the estimate, as can late accepted answers to those calls);
 *   <li>an estimate the window cannot vouch for (less than a second of history, as after the first burst, or a
 *       collapse to under half the rate) starts a slow start: the rate doubles every half second until the
 *       provider refuses again.
 * </ul>
 * Otherwise, after a cut to {@code BETA × Wmax} the rate grows back along {@code Wmax + C (t - K)³}, flat near the
 * last known limit, then probes beyond it.
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
  /** In slow start, the rate doubles this often. */
  static final Duration SLOW_START_DOUBLING = Duration.ofMillis(500);

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

  /** Records that the provider accepted a call of {@code operation} sent at {@code sentAt}. */
  public void succeeded(String operation, Instant sentAt) {
    state(operation).succeeded(clock.instant(), sentAt);
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
    /** When the last slot was granted (a virtual time: a late caller keeps its place, see {@link #acquire}). */
    private Instant lastGrant;
    /** No call before this instant, when the provider said {@code Retry-After}. */
    private Instant holdUntil;
    private Instant lastCut;
    private boolean limited = setting.mode() == RateLimit.Mode.FIXED;
    /** Whether the rate is still doubling from a first estimate the measurement could not vouch for. */
    private boolean slowStart;
    private double wMax;
    private long attempts;
    private long throttledCount;

    synchronized Duration acquire(Instant now) {
      if (firstSeen == null) {
        firstSeen = now;
      }
      if (setting.mode() == RateLimit.Mode.OFF) {
        attempts++;
        return Duration.ZERO;
      }
      if (holdUntil != null && holdUntil.isAfter(now)) {
        return capped(Duration.between(now, holdUntil));
      }
      if (limited && lastGrant != null) {
        // The interval is taken from the rate now, not when the last slot was granted, so a rate that grew
        // (or a first estimate that was raised) applies to the very next caller.
        long interval = (long) (1e9 / rate(now));
        Instant due = lastGrant.plusNanos(interval);
        if (due.isAfter(now)) {
          return capped(Duration.between(now, due)); // nothing reserved: the caller asks again
        }
        // A caller woken a little late keeps its place (at most one interval), so timer lateness does not lower
        // the rate and a long idle spell does not bank a burst.
        Instant earliest = now.minusNanos(interval);
        lastGrant = due.isBefore(earliest) ? earliest : due;
      } else {
        lastGrant = now;
      }
      attempts++;
      return Duration.ZERO;
    }

    synchronized void succeeded(Instant now, Instant sentAt) {
      if (firstSeen == null || sentAt.isBefore(firstSeen)) {
        firstSeen = sentAt;
      }
      accepted.addLast(now);
      trim(now);
      if (slowStart && sentAt.isBefore(lastCut)) {
        // Accepted answers come back after the refusals that caused the cut (a refusal is quick, an accepted call
        // takes its full time), so the first estimate only grows as they arrive.
        wMax = Math.max(wMax, acceptedRate(now));
      }
    }

    synchronized void throttled(Instant now, Instant sentAt, Optional<Duration> retryAfter) {
      throttledCount++;
      if (firstSeen == null) {
        firstSeen = now;
      }
      retryAfter.ifPresent(wait -> {
        Instant until = now.plus(wait);
        holdUntil = holdUntil == null || until.isAfter(holdUntil) ? until : holdUntil;
      });
      if (setting.mode() != RateLimit.Mode.ADAPTIVE) {
        return;
      }
      trim(now);
      double measured = acceptedRate(now);
      if (lastCut != null && sentAt.isBefore(lastCut)) {
        // An answer to a call sent before the last cut says nothing about the new rate, but the calls accepted
        // meanwhile may show the limit is higher than first measured, so the known limit can only grow here.
        wMax = Math.max(wMax, measured);
        return;
      }
      double current = limited ? rate(now) : Double.POSITIVE_INFINITY;
      if (slowStart) {
        // The last window still holds the climb from a low estimate, so it undercounts the limit; the last
        // half-window, sent at or above the limit, does not (it may overcount by the provider's burst, which the
        // next refusal corrects).
        measured = Math.max(measured, acceptedRate(now, SLOW_START_DOUBLING));
      }
      // Sending at `current` was too fast, so the limit is below it; what the provider accepted over the last
      // window is at most the limit plus its burst. The lower of the two is the estimate.
      wMax = Math.max(MIN_RATE, Math.min(current, measured));
      // Less than a full window of history (the first burst), or a collapse to under half the rate, is an estimate
      // the window cannot vouch for: grow from it exponentially until the provider refuses again, instead of
      // creeping up the cubic curve for seconds.
      // A slow start that overshot is not a collapse: it ends here, on the lower estimate.
      slowStart = Duration.between(firstSeen, now).compareTo(WINDOW) < 0
          || (limited && !slowStart && measured < current / 2);
      limited = true;
      lastCut = now;
    }

    synchronized Stats stats(Instant now) {
      return new Stats(attempts, throttledCount, limited ? OptionalDouble.of(rate(now)) : OptionalDouble.empty());
    }

    /** The current rate: fixed, doubling in slow start, or the cubic curve since the last cut. */
    private double rate(Instant now) {
      if (setting.mode() == RateLimit.Mode.FIXED) {
        return setting.perSecond().orElseThrow();
      }
      double t = Duration.between(lastCut, now).toNanos() / 1e9;
      if (slowStart) {
        return Math.max(MIN_RATE, BETA * wMax * Math.pow(2, t / (SLOW_START_DOUBLING.toNanos() / 1e9)));
      }
      double k = Math.cbrt(wMax * (1 - BETA) / C);
      return Math.max(MIN_RATE, wMax + C * Math.pow(t - k, 3));
    }

    private double acceptedRate(Instant now, Duration span) {
      Instant since = now.minus(span);
      long count = accepted.stream().filter(at -> !at.isBefore(since)).count();
      return count / (span.toNanos() / 1e9);
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

  private static Duration capped(Duration wait) {
    return wait.compareTo(MAX_WAIT_STEP) > 0 ? MAX_WAIT_STEP : wait;
  }
}
