package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.Provider;
import io.cloudphone.core.RateLimit;
import io.cloudphone.core.ThrottlingException;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ServiceError;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every attempt takes a slot of the client's limiter first; waiting for one holds no thread. */
class CallExecutorPacingTest {
  private final ManualClock clock = ManualClock.startingAt(Instant.parse("2024-01-01T00:00:00Z"));
  private final OkHttpClient http = new OkHttpClient();
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

  private CallExecutor executor(RateLimit rateLimit) {
    return new CallExecutor(Provider.HUAWEI, http, clock, RetryPolicy.defaults(), CallExecutorPacingTest::throttled,
        "X-Request-Id", Duration.ofSeconds(30), 1 << 20, rateLimit);
  }

  private static CloudPhoneServiceException throttled(int status, okhttp3.Headers headers, byte[] body) {
    return new ThrottlingException(
        new ServiceError(Provider.HUAWEI, status, "CPS.0042", "System busy.", Optional.empty()), null, null);
  }

  private Exchange<Map<String, Object>> listThings() {
    return JsonGetExchange.ofMap("ListThings", true, server.url("/"));
  }

  @Test
  void async_waitingForASlot_isAClockDelay_holdingNoThread() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    }
    CallExecutor executor = executor(RateLimit.fixed(1));
    CompletableFuture<Map<String, Object>> first = executor.executeAsync(listThings());
    CompletableFuture<Map<String, Object>> second = executor.executeAsync(listThings());
    CompletableFuture<Map<String, Object>> third = executor.executeAsync(listThings());

    assertThat(first.get(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(second).isNotDone();
    assertThat(third).isNotDone();
    assertThat(clock.pendingDelays()).as("both waits are scheduled on the clock").isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(1);

    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofMillis(100));
    }
    assertThat(second.get(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(third).isNotDone();
    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofMillis(100));
    }
    assertThat(third.get(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void throttled_pastMaxAttempts_isRetriedWhileTheDeadlineAllows_whenPaced() {
    ManualClock auto = ManualClock.autoAdvancing(Instant.parse("2024-01-01T00:00:00Z"));
    for (int i = 0; i < 9; i++) {
      server.enqueue(new MockResponse.Builder().code(429).body("{}").build());
    }
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    CallExecutor paced = new CallExecutor(Provider.HUAWEI, http, auto, RetryPolicy.defaults(),
        CallExecutorPacingTest::throttled, "X-Request-Id", Duration.ofSeconds(30), 1 << 20, RateLimit.adaptive());
    assertThat(paced.execute(listThings())).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(10);
  }

  @Test
  void throttled_stopsAtMaxAttempts_whenPacingIsOff() {
    ManualClock auto = ManualClock.autoAdvancing(Instant.parse("2024-01-01T00:00:00Z"));
    for (int i = 0; i < 9; i++) {
      server.enqueue(new MockResponse.Builder().code(429).body("{}").build());
    }
    CallExecutor unpaced = new CallExecutor(Provider.HUAWEI, http, auto, RetryPolicy.defaults(),
        CallExecutorPacingTest::throttled, "X-Request-Id", Duration.ofSeconds(30), 1 << 20, RateLimit.off());
    assertThatThrownBy(() -> unpaced.execute(listThings())).isInstanceOf(ThrottlingException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }
}
