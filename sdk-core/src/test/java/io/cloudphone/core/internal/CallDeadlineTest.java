package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.Backoff;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.CloudPhoneTimeoutException;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.Provider;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ServiceError;
import io.cloudphone.core.ServiceUnavailableException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One overall deadline per call, across attempts and backoff, on the injected clock: nothing really waits. */
class CallDeadlineTest {
  private static final RetryPolicy MANY_RETRIES = RetryPolicy.builder().maxAttempts(10)
      .backoff(Backoff.builder().initialDelay(Duration.ofSeconds(1)).jitter(0).build()).build();

  private final ManualClock clock = ManualClock.autoAdvancing(Instant.parse("2024-01-01T00:00:00Z"));
  private final List<Long> attemptTimeoutsMillis = new CopyOnWriteArrayList<>();
  private final OkHttpClient http = new OkHttpClient.Builder()
      .callTimeout(Duration.ofSeconds(20))
      .addInterceptor(chain -> {
        attemptTimeoutsMillis.add(TimeUnit.NANOSECONDS.toMillis(chain.call().timeout().timeoutNanos()));
        return chain.proceed(chain.request());
      })
      .build();
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private CallExecutor executor(Duration deadline) {
    return new CallExecutor(Provider.ALIBABA, http, clock, MANY_RETRIES, CallDeadlineTest::unavailable,
        "x-acs-request-id", deadline, 1 << 20);
  }

  private static CloudPhoneServiceException unavailable(int status, okhttp3.Headers headers, byte[] body) {
    return new ServiceUnavailableException(
        new ServiceError(Provider.ALIBABA, status, "ServiceUnavailable", "busy", Optional.empty()), null);
  }

  private void enqueueUnavailable(int times) {
    for (int i = 0; i < times; i++) {
      server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
    }
  }

  private Exchange<Map<String, Object>> describeThings() {
    return JsonGetExchange.ofMap("DescribeThings", true, server.url("/"));
  }

  @Test
  void attemptTimeout_isTheSmallerOfCallTimeoutAndWhatIsLeftOfTheDeadline() {
    assertThat(CallExecutor.attemptTimeoutMillis(20_000, Duration.ofSeconds(30))).isEqualTo(20_000);
    assertThat(CallExecutor.attemptTimeoutMillis(20_000, Duration.ofSeconds(5))).isEqualTo(5_000);
    assertThat(CallExecutor.attemptTimeoutMillis(0, Duration.ofSeconds(5))).as("no client call timeout")
        .isEqualTo(5_000);
    assertThat(CallExecutor.attemptTimeoutMillis(20_000, Duration.ofNanos(10))).as("at least 1 ms")
        .isEqualTo(1);
  }

  @Test
  void retries_stopAtTheDeadline_withTimeoutNamingOperationDeadlineAndAttempts() {
    enqueueUnavailable(10);
    // attempts at t=0, 1 s, 3 s; the next would start at 7 s, after the 5 s deadline
    assertThatThrownBy(() -> executor(Duration.ofSeconds(5)).execute(describeThings()))
        .isInstanceOf(CloudPhoneTimeoutException.class)
        .hasMessageContaining("DescribeThings").hasMessageContaining("5 s call deadline")
        .hasMessageContaining("3 attempts").hasCauseInstanceOf(ServiceUnavailableException.class)
        .satisfies(e -> {
          CloudPhoneTimeoutException timeout = (CloudPhoneTimeoutException) e;
          assertThat(timeout.operation()).isEqualTo("DescribeThings");
          assertThat(timeout.deadline()).isEqualTo(Duration.ofSeconds(5));
          assertThat(timeout.attempts()).isEqualTo(3);
        });
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(clock.requestedDelays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void retries_async_stopAtTheDeadline() {
    enqueueUnavailable(10);
    assertThatThrownBy(() -> executor(Duration.ofSeconds(5)).executeAsync(describeThings()).join())
        .isInstanceOf(CompletionException.class).cause().isInstanceOf(CloudPhoneTimeoutException.class)
        .hasMessageContaining("3 attempts");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void eachAttempt_getsAtMostWhatIsLeftOfTheDeadline() {
    enqueueUnavailable(10);
    assertThatThrownBy(() -> executor(Duration.ofSeconds(5)).execute(describeThings()))
        .isInstanceOf(CloudPhoneTimeoutException.class);
    assertThat(attemptTimeoutsMillis).as("5 s left, then 4 s, then 2 s (under the 20 s call timeout)")
        .containsExactly(5_000L, 4_000L, 2_000L);
  }

  @Test
  void eachAttempt_async_getsAtMostWhatIsLeftOfTheDeadline() {
    enqueueUnavailable(10);
    assertThatThrownBy(() -> executor(Duration.ofSeconds(5)).executeAsync(describeThings()).join())
        .hasCauseInstanceOf(CloudPhoneTimeoutException.class);
    assertThat(attemptTimeoutsMillis).containsExactly(5_000L, 4_000L, 2_000L);
  }

  @Test
  void longDeadline_attemptKeepsTheClientCallTimeout() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());
    executor(Duration.ofMinutes(5)).execute(describeThings());
    assertThat(attemptTimeoutsMillis).containsExactly(20_000L);
  }

  @Test
  void withDeadline_overridesTheDeadlineOfTheViewOnly() {
    enqueueUnavailable(10);
    CallExecutor base = executor(Duration.ofSeconds(30));
    CallExecutor view = base.withDeadline(Duration.ofMillis(1500));
    assertThatThrownBy(() -> view.execute(describeThings()))
        .isInstanceOf(CloudPhoneTimeoutException.class).hasMessageContaining("1500 ms call deadline")
        .hasMessageContaining("2 attempts");
    assertThat(base.deadline()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void withDeadline_zeroOrNegative_refused() {
    CallExecutor base = executor(Duration.ofSeconds(30));
    assertThatThrownBy(() -> base.withDeadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deadline");
    assertThatThrownBy(() -> base.withDeadline(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> base.withDeadline(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void close_refusesLaterCallsOfTheExecutorAndItsViews() {
    CallExecutor base = executor(Duration.ofSeconds(30));
    CallExecutor view = base.withDeadline(Duration.ofSeconds(1));
    view.close();
    view.close();
    assertThatThrownBy(() -> base.execute(describeThings())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> base.executeAsync(describeThings()).join())
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
