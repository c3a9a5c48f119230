package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.Backoff;
import io.cloudphone.core.CloudPhoneException;
import io.cloudphone.core.CloudPhoneTransportException;
import io.cloudphone.core.InvalidRequestException;
import io.cloudphone.core.Provider;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ServiceError;
import io.cloudphone.core.ServiceUnavailableException;
import io.cloudphone.core.ThrottlingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which failures are replayed, and after how long. */
class RetryDeciderTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final ServiceError ERROR = new ServiceError(Provider.HUAWEI, 500, "X", "m", Optional.empty());
  private final RetryDecider decider = new RetryDecider(RetryPolicy.builder().maxAttempts(3)
      .backoff(Backoff.builder().initialDelay(Duration.ofSeconds(1)).jitter(0).build())
      .totalTimeout(Duration.ofSeconds(30)).build(), () -> 0.0);

  private Optional<Duration> decide(int attempts, CloudPhoneException e, boolean idempotent) {
    return decider.nextDelay(attempts, T0, T0, e, idempotent);
  }

  @Test
  void unavailable_idempotent_retriedWithExponentialBackoff() {
    ServiceUnavailableException e = new ServiceUnavailableException(ERROR, null);
    assertThat(decide(1, e, true)).hasValue(Duration.ofSeconds(1));
    assertThat(decide(2, e, true)).hasValue(Duration.ofSeconds(2));
    assertThat(decide(3, e, true)).as("attempts used up").isEmpty();
  }

  @Test
  void unavailable_notIdempotent_notReplayed() {
    assertThat(decide(1, new ServiceUnavailableException(ERROR, null), false)).isEmpty();
  }

  @Test
  void throttled_notIdempotent_stillRetried_honouringRetryAfter() {
    ThrottlingException e = new ThrottlingException(ERROR, Duration.ofSeconds(9), null);
    assertThat(decide(1, e, false)).hasValue(Duration.ofSeconds(9));
  }

  @Test
  void connectionRefused_notIdempotent_retriedBecauseNothingWasSent() {
    CloudPhoneTransportException e = new CloudPhoneTransportException("refused", null, false, true);
    assertThat(decide(1, e, false)).hasValue(Duration.ofSeconds(1));
  }

  @Test
  void connectionReset_notIdempotent_notReplayed() {
    CloudPhoneTransportException e = new CloudPhoneTransportException("reset", null, true, true);
    assertThat(decide(1, e, false)).isEmpty();
    assertThat(decide(1, e, true)).isPresent();
  }

  @Test
  void invalidRequest_neverRetried() {
    assertThat(decide(1, new InvalidRequestException(ERROR, null), true)).isEmpty();
  }

  @Test
  void delayBeyondTotalTimeout_givesUp() {
    ThrottlingException e = new ThrottlingException(ERROR, Duration.ofSeconds(31), null);
    assertThat(decide(1, e, true)).isEmpty();
  }

  @Test
  void jitter_takesAwayAtMostItsShare() {
    Backoff backoff = Backoff.builder().initialDelay(Duration.ofSeconds(8)).jitter(0.5).build();
    assertThat(backoff.delay(1, 0.0)).isEqualTo(Duration.ofSeconds(8));
    assertThat(backoff.delay(1, 0.999)).isGreaterThan(Duration.ofSeconds(4));
    assertThat(backoff.delay(10, 0.0)).as("capped").isEqualTo(Duration.ofSeconds(20));
  }
}
