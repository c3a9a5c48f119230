package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.Provider;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ServiceError;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared client's threads are a fixed pool: calls beyond it wait in OkHttp's dispatcher queue, not on a thread. */
class SharedHttpClientThreadsTest {
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
            .body("{\"ok\":true}").headersDelay(5, TimeUnit.MILLISECONDS).build();
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void oneThousandCallsInFlight_neverUseMoreThanTheFixedPool() throws InterruptedException {
    CallExecutor executor = new CallExecutor(Provider.HUAWEI,
        SharedHttpClient.withTimeouts(SharedHttpClient.base(), Duration.ofSeconds(10), Duration.ofSeconds(10),
            Duration.ofSeconds(20)),
        ManualClock.startingAt(Instant.EPOCH), RetryPolicy.none(), SharedHttpClientThreadsTest::refused,
        "X-Request-Id", Duration.ofMinutes(1), 1 << 20);
    ObjectMapper json = new ObjectMapper();
    List<CompletableFuture<Map<?, ?>>> calls = new ArrayList<>();
    for (int i = 0; i < 1024; i++) {
      calls.add(executor.executeAsync(new Exchange<Map<?, ?>>() {
        @Override
        public String operationName() {
          return "ListThings";
        }

        @Override
        public boolean idempotent() {
          return true;
        }

        @Override
        public Request newAttempt(Instant now) {
          return new Request.Builder().url(server.url("/")).build();
        }

        @Override
        public Map<?, ?> parse(Response response) throws IOException {
          return JsonResponses.read(json, response, Map.class);
        }
      }));
    }
    // OkHttp renames a dispatcher thread to "OkHttp <url>" while it runs a call, so count those too
    String busyName = "OkHttp " + server.url("/").toString();
    CompletableFuture<Void> all = CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
    int peak = 0;
    while (!all.isDone()) {
      peak = Math.max(peak, httpThreads(busyName));
      Thread.sleep(1);
    }
    all.join();
    assertThat(calls).allSatisfy(call -> assertThat(call.join().get("ok")).isEqualTo(true));
    assertThat(peak).as("peak cloudphone-http threads").isPositive()
        .isLessThanOrEqualTo(SharedHttpClient.MAX_THREADS);
    assertThat(httpThreads(busyName)).isLessThanOrEqualTo(SharedHttpClient.MAX_THREADS);
  }

  private static int httpThreads(String busyName) {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] all = new Thread[root.activeCount() + 64];
    int live = root.enumerate(all, true); // no stack traces: cheap enough to sample every millisecond
    int count = 0;
    for (int i = 0; i < live; i++) {
      Thread thread = all[i];
      if (thread.getName().startsWith("cloudphone-http") || thread.getName().startsWith(busyName)) {
        count++;
      }
    }
    return count;
  }

  private static CloudPhoneServiceException refused(int status, okhttp3.Headers headers, byte[] body) {
    return new CloudPhoneServiceException(
        new ServiceError(Provider.HUAWEI, status, "E", "refused", Optional.empty()), false, null);
  }
}
