package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cloudphone.core.ManualClock;
import io.cloudphone.core.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The limiter's increase, decrease and Retry-After behaviour, case by case, on a clock that only moves when told. */
class AdaptiveRateLimiterTest {
  private static final String OP = "RestartCloudPhone";
  private final ManualClock clock = ManualClock.startingAt(Instant.parse("2024-01-01T00:00:00Z"));

  /** Records {@code count} accepted answers evenly over {@code span} (the calls' slots are not the point here). */
  private void accepted(AdaptiveRateLimiter limiter, int count, Duration span) {
    for (int i = 0; i < count; i++) {
      limiter.succeeded(OP, clock.instant());
      clock.advance(span.dividedBy(count));
    }
  }

  private double rate(AdaptiveRateLimiter limiter) {
    return limiter.snapshot().get(OP).rate().orElseThrow();
  }

  @Test
  void adaptive_beforeAnyThrottling_isUnpaced() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    for (int i = 0; i < 1_000; i++) {
      assertThat(limiter.acquire(OP)).isZero();
    }
    assertThat(limiter.snapshot().get(OP).rate()).isEmpty();
    assertThat(limiter.snapshot().get(OP).attempts()).isEqualTo(1_000);
  }

  @Test
  void adaptive_firstThrottling_cutsToBetaTimesTheAcceptedRate() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    accepted(limiter, 50, Duration.ofSeconds(1));
    limiter.acquire(OP);
    limiter.throttled(OP, clock.instant(), Optional.empty());
    assertThat(rate(limiter)).isCloseTo(AdaptiveRateLimiter.BETA * 50, within(1.0));
    assertThat(limiter.snapshot().get(OP).throttled()).isEqualTo(1);
  }

  @Test
  void adaptive_afterACut_growsBackToTheLimitThenProbesBeyond() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    accepted(limiter, 50, Duration.ofSeconds(1));
    limiter.throttled(OP, clock.instant(), Optional.empty());
    double cut = rate(limiter);
    clock.advance(Duration.ofMillis(1_500));
    double recovering = rate(limiter);
    clock.advance(Duration.ofMillis(500));
    double plateau = rate(limiter);
    clock.advance(Duration.ofSeconds(4));
    double probing = rate(limiter);
    assertThat(recovering).isGreaterThan(cut).isLessThan(50);
    assertThat(plateau).isCloseTo(50, within(1.0));
    assertThat(probing).isGreaterThan(55);
  }

  @Test
  void adaptive_throttlingOfCallsSentBeforeTheCut_doesNotCutAgain() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    accepted(limiter, 50, Duration.ofSeconds(1));
    Instant sentBefore = clock.instant().minusMillis(10);
    limiter.throttled(OP, clock.instant(), Optional.empty());
    double cut = rate(limiter);
    limiter.throttled(OP, sentBefore, Optional.empty());
    limiter.throttled(OP, sentBefore, Optional.empty());
    assertThat(rate(limiter)).isCloseTo(cut, within(0.01));
    assertThat(limiter.snapshot().get(OP).throttled()).isEqualTo(3);
  }

  @Test
  void adaptive_throttlingOfACallSentAfterTheCut_cutsFromTheCurrentRate() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    accepted(limiter, 50, Duration.ofSeconds(1));
    limiter.throttled(OP, clock.instant(), Optional.empty());
    clock.advance(Duration.ofSeconds(2));
    accepted(limiter, 50, Duration.ofSeconds(1)); // everything paced was accepted, back at the old limit
    double before = rate(limiter);
    limiter.throttled(OP, clock.instant(), Optional.empty());
    assertThat(rate(limiter)).isCloseTo(before * AdaptiveRateLimiter.BETA, within(0.5));
  }

  @Test
  void adaptive_firstThrottlingWithinTheFirstSecond_startsSlowStart_doublingEveryHalfSecond() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    accepted(limiter, 10, Duration.ofMillis(400)); // 10 in 0.4 s: 25 a second, but only 0.4 s of history
    limiter.throttled(OP, clock.instant(), Optional.empty());
    double start = rate(limiter);
    clock.advance(AdaptiveRateLimiter.SLOW_START_DOUBLING);
    double doubled = rate(limiter);
    clock.advance(AdaptiveRateLimiter.SLOW_START_DOUBLING);
    assertThat(start).isCloseTo(AdaptiveRateLimiter.BETA * 25, within(0.5));
    assertThat(doubled).isCloseTo(2 * start, within(0.5));
    assertThat(rate(limiter)).isCloseTo(4 * start, within(1.0));
  }

  @Test
  void adaptive_inSlowStart_lateAcceptedAnswersToCallsSentBeforeTheCut_raiseTheEstimate() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    Instant burst = clock.instant();
    for (int i = 0; i < 8; i++) {
      assertThat(limiter.acquire(OP)).isZero();
    }
    clock.advance(Duration.ofMillis(1));
    limiter.throttled(OP, burst, Optional.empty()); // refusals come back first: nothing accepted yet
    assertThat(rate(limiter)).isEqualTo(AdaptiveRateLimiter.MIN_RATE);
    clock.advance(Duration.ofMillis(19));
    for (int i = 0; i < 5; i++) {
      limiter.succeeded(OP, burst); // the five the provider let through, answered after 20 ms
    }
    // 5 accepted over the shortest measuring span (250 ms) is 20 a second; slow start resumes from 90% of it.
    assertThat(rate(limiter)).isCloseTo(AdaptiveRateLimiter.BETA * 20, within(0.5));
  }

  @Test
  void adaptive_slowStartEnds_atTheRateAcceptedInTheLastHalfSecond_notTheWholeClimb() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    accepted(limiter, 5, Duration.ofMillis(250)); // first estimate 20 a second
    limiter.throttled(OP, clock.instant(), Optional.empty());
    accepted(limiter, 10, Duration.ofMillis(500)); // the climb: 20 a second
    accepted(limiter, 25, Duration.ofMillis(500)); // at the limit: 50 a second
    limiter.throttled(OP, clock.instant(), Optional.empty());
    // The last second averages 35 a second; the last half second shows the limit.
    assertThat(rate(limiter)).isCloseTo(AdaptiveRateLimiter.BETA * 50, within(1.0));
    clock.advance(AdaptiveRateLimiter.SLOW_START_DOUBLING);
    assertThat(rate(limiter)).isLessThan(50); // back on the cubic curve, not doubling any more
  }

  @Test
  void adaptive_slowStartThatOvershotFarBeyondTheLimit_endsAtTheAcceptedRate_andDoesNotDoubleAgain() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    accepted(limiter, 5, Duration.ofMillis(250));
    limiter.throttled(OP, clock.instant(), Optional.empty()); // slow start from 18 a second
    accepted(limiter, 50, Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(2)); // held back by Retry-After meanwhile, while the rate kept doubling
    accepted(limiter, 25, Duration.ofMillis(500));
    assertThat(rate(limiter)).isGreaterThan(500);
    limiter.throttled(OP, clock.instant(), Optional.empty()); // accepted: 50 a second, far under half the rate
    double cut = rate(limiter);
    clock.advance(AdaptiveRateLimiter.SLOW_START_DOUBLING);
    assertThat(cut).isCloseTo(AdaptiveRateLimiter.BETA * 50, within(1.0));
    assertThat(rate(limiter)).isLessThan(50); // on the cubic curve: an overshoot is not a collapse
  }

  @Test
  void adaptive_cutWithAFullWindow_takesTheLowerOfThePacedAndTheAcceptedRate() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    accepted(limiter, 100, Duration.ofSeconds(1));
    limiter.throttled(OP, clock.instant(), Optional.empty()); // estimate 100, paced at 90
    clock.advance(Duration.ofSeconds(10)); // the cubic curve probes far beyond 100
    double probing = rate(limiter);
    accepted(limiter, 60, Duration.ofSeconds(1)); // but only 60 a second get through now
    limiter.throttled(OP, clock.instant(), Optional.empty());
    assertThat(probing).isGreaterThan(100);
    assertThat(rate(limiter)).isCloseTo(AdaptiveRateLimiter.BETA * 60, within(1.0));
  }

  @Test
  void adaptive_aRateThatGrewApplies_toTheVeryNextCaller() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    Instant burst = clock.instant();
    assertThat(limiter.acquire(OP)).isZero();
    clock.advance(Duration.ofMillis(1));
    limiter.throttled(OP, burst, Optional.empty()); // nothing accepted: the minimum rate, one call per 2 s
    assertThat(limiter.acquire(OP)).isEqualTo(AdaptiveRateLimiter.MAX_WAIT_STEP);
    clock.advance(Duration.ofMillis(20));
    for (int i = 0; i < 10; i++) {
      limiter.succeeded(OP, burst); // late answers raise the estimate to 40 a second
    }
    clock.advance(Duration.ofMillis(30));
    assertThat(limiter.acquire(OP)).isZero(); // 50 ms after the last slot: due at 36 a second, not in 2 s
  }

  @Test
  void adaptive_paced_spacesSlotsAtTheRate_andWaitsAreAskedAgainNotReserved() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    accepted(limiter, 10, Duration.ofSeconds(1));
    limiter.throttled(OP, clock.instant(), Optional.empty()); // 9 a second
    assertThat(limiter.acquire(OP)).isZero();
    Duration wait = limiter.acquire(OP);
    assertThat(wait).isPositive().isLessThanOrEqualTo(AdaptiveRateLimiter.MAX_WAIT_STEP);
    long attempts = limiter.snapshot().get(OP).attempts();
    assertThat(limiter.acquire(OP)).isPositive(); // still waiting: nothing was reserved
    assertThat(limiter.snapshot().get(OP).attempts()).isEqualTo(attempts);
    clock.advance(Duration.ofMillis(112));
    assertThat(limiter.acquire(OP)).isZero();
  }

  @Test
  void retryAfter_holdsEveryLaterCallOfTheOperationBack() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.adaptive());
    accepted(limiter, 10, Duration.ofSeconds(1));
    limiter.throttled(OP, clock.instant(), Optional.of(Duration.ofSeconds(3)));
    assertThat(limiter.acquire(OP)).isEqualTo(AdaptiveRateLimiter.MAX_WAIT_STEP);
    clock.advance(Duration.ofMillis(2_950));
    assertThat(limiter.acquire(OP)).isEqualTo(Duration.ofMillis(50));
    clock.advance(Duration.ofMillis(50));
    assertThat(limiter.acquire(OP)).isZero();
    assertThat(limiter.acquire("ListJobs")).isZero(); // other operations are not held
  }

  @Test
  void fixed_pacesEveryOperationAtItsRate_fromTheFirstCall_andThrottlingDoesNotChangeIt() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.fixed(10));
    assertThat(limiter.acquire(OP)).isZero();
    assertThat(limiter.acquire(OP)).isEqualTo(Duration.ofMillis(100));
    limiter.throttled(OP, clock.instant(), Optional.empty());
    assertThat(rate(limiter)).isEqualTo(10.0);
    clock.advance(Duration.ofMillis(100));
    assertThat(limiter.acquire(OP)).isZero();
    assertThat(limiter.acquire("ListJobs")).isZero();
  }

  @Test
  void off_neverWaits_evenAfterThrottlingWithRetryAfter() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, RateLimit.off());
    limiter.throttled(OP, clock.instant(), Optional.of(Duration.ofSeconds(5)));
    assertThat(limiter.acquire(OP)).isZero();
    assertThat(limiter.active()).isFalse();
    assertThat(limiter.snapshot().get(OP).rate()).isEmpty();
  }
}
