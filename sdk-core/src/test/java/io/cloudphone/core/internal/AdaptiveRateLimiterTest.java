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

  /** Sends {@code count} accepted calls evenly over {@code span}. */
  private void accepted(AdaptiveRateLimiter limiter, int count, Duration span) {
    for (int i = 0; i < count; i++) {
      assertThat(limiter.acquire(OP)).isZero();
      limiter.succeeded(OP);
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
    accepted(limiter, 45, Duration.ofSeconds(1));
    double before = rate(limiter);
    limiter.throttled(OP, clock.instant(), Optional.empty());
    assertThat(rate(limiter)).isCloseTo(before * AdaptiveRateLimiter.BETA, within(0.5));
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
