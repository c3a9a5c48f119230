package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.Backoff;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.CloudPhoneTransportException;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.Provider;
import io.cloudphone.core.ResponseTooLargeException;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.ServiceError;
import io.cloudphone.core.UnreadableResponseException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a 2xx answer must look like to count as success, and what a truncated answer is. */
class CallExecutorAnswersTest {
  private static final RetryPolicy RETRY_TWICE = RetryPolicy.builder().maxAttempts(3)
      .backoff(Backoff.builder().initialDelay(Duration.ofMillis(100)).jitter(0).build()).build();

  private final ManualClock clock = ManualClock.autoAdvancing(Instant.parse("2024-01-01T00:00:00Z"));
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
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

  private CallExecutor executor(RetryPolicy policy) {
    return executor(policy, 16L << 20);
  }

  private CallExecutor executor(RetryPolicy policy, long maxResponseBytes) {
    return new CallExecutor(Provider.HUAWEI, http, clock, policy, CallExecutorAnswersTest::refused, "X-Request-Id",
        Duration.ofSeconds(30), maxResponseBytes);
  }

  private static CloudPhoneServiceException refused(int status, okhttp3.Headers headers, byte[] body) {
    return new CloudPhoneServiceException(
        new ServiceError(Provider.HUAWEI, status, "E", "refused", Optional.empty()), status >= 500, null);
  }

  private Exchange<Map<String, Object>> listThings(boolean idempotent) {
    return JsonGetExchange.ofMap("ListThings", idempotent, server.url("/v1/things"));
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", "req-42").body(body).build();
  }

  @Test
  void ok200_emptyBody_failsNamingOperationStatusContentTypeAndRequestId() {
    server.enqueue(ok(""));
    assertThatThrownBy(() -> executor(RetryPolicy.none()).execute(listThings(true)))
        .isInstanceOf(UnreadableResponseException.class)
        .hasMessageContaining("ListThings").hasMessageContaining("HTTP 200")
        .hasMessageContaining("application/json").hasMessageContaining("req-42")
        .hasMessageContaining("empty")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
        .satisfies(e -> assertThat(((UnreadableResponseException) e).requestId()).hasValue("req-42"))
        .satisfies(e -> assertThat(((UnreadableResponseException) e).httpStatus()).isEqualTo(200));
  }

  @Test
  void ok200_emptyBody_async_failsTheSameWay() {
    server.enqueue(ok(""));
    assertThatThrownBy(() -> executor(RetryPolicy.none()).executeAsync(listThings(true)).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(UnreadableResponseException.class);
  }

  @Test
  void ok200_htmlBody_failsInOneLineWithoutParserText() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
        .body("<html>\n<body>upstream maintenance</body>\n</html>").build());
    assertThatThrownBy(() -> executor(RetryPolicy.none()).execute(listThings(true)))
        .isInstanceOf(UnreadableResponseException.class)
        .hasMessageContaining("ListThings").hasMessageContaining("text/html").hasMessageContaining("not JSON")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("line: ")
            .doesNotContain("Source:"));
  }

  @Test
  void ok200_jsonArrayWhereObjectExpected_fails() {
    server.enqueue(ok("[]"));
    assertThatThrownBy(() -> executor(RetryPolicy.none()).execute(listThings(true)))
        .isInstanceOf(UnreadableResponseException.class).hasMessageContaining("array");
  }

  @Test
  void ok200_jsonNull_fails() {
    server.enqueue(ok("null"));
    assertThatThrownBy(() -> executor(RetryPolicy.none()).execute(listThings(true)))
        .isInstanceOf(UnreadableResponseException.class).hasMessageContaining("null");
  }

  @Test
  void noContent204_readsAsAnEmptyModel() {
    server.enqueue(new MockResponse.Builder().code(204).build());
    assertThat(executor(RetryPolicy.none()).execute(listThings(false))).isEmpty();
  }

  @Test
  void ok200_object_reads() {
    server.enqueue(ok("{\"count\":1}"));
    assertThat(executor(RetryPolicy.none()).execute(listThings(false))).containsEntry("count", 1);
  }

  private static MockResponse truncated() {
    StringBuilder body = new StringBuilder("{\"phones\":[");
    for (int i = 0; i < 200; i++) {
      body.append(i == 0 ? "" : ",").append("{\"phone_id\":\"").append(i).append("\"}");
    }
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(body.append("]}").toString()).onResponseBody(new SocketEffect.CloseSocket()).build();
  }

  @Test
  void truncatedBody_idempotent_retriedLikeAConnectionReset() {
    server.enqueue(truncated());
    server.enqueue(ok("{\"count\":0}"));
    assertThat(executor(RETRY_TWICE).execute(listThings(true))).containsEntry("count", 0);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void truncatedBody_nonIdempotent_failsInTransitWithoutReplay() {
    server.enqueue(truncated());
    server.enqueue(ok("{\"count\":0}"));
    assertThatThrownBy(() -> executor(RETRY_TWICE).execute(listThings(false)))
        .isInstanceOf(CloudPhoneTransportException.class).hasMessageContaining("ListThings")
        .satisfies(e -> assertThat(((CloudPhoneTransportException) e).mayHaveReachedServer()).isTrue())
        .satisfies(e -> assertThat(((CloudPhoneTransportException) e).isRetryable()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void truncatedBody_async_idempotent_retried() {
    server.enqueue(truncated());
    server.enqueue(ok("{\"count\":0}"));
    assertThat(executor(RETRY_TWICE).executeAsync(listThings(true)).join()).containsEntry("count", 0);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  private static String bigJson(int bytes) {
    StringBuilder body = new StringBuilder("{\"items\":[");
    while (body.length() < bytes) {
      body.append(body.charAt(body.length() - 1) == '[' ? "" : ",").append("\"0123456789abcdef\"");
    }
    return body.append("]}").toString();
  }

  @Test
  void bodyOverTheCap_announcedByContentLength_failsBeforeReading() {
    server.enqueue(ok(bigJson(4096)));
    assertThatThrownBy(() -> executor(RetryPolicy.none(), 1024).execute(listThings(true)))
        .isInstanceOf(ResponseTooLargeException.class)
        .hasMessageContaining("ListThings").hasMessageContaining("1024-byte limit")
        .hasMessageContaining("maxResponseBytes").hasMessageContaining("req-42")
        .satisfies(e -> assertThat(((ResponseTooLargeException) e).limitBytes()).isEqualTo(1024));
  }

  @Test
  void bodyOverTheCap_chunked_failsWhileStreaming() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .chunkedBody(bigJson(64 * 1024), 512).build());
    assertThatThrownBy(() -> executor(RetryPolicy.none(), 1024).execute(listThings(true)))
        .isInstanceOf(ResponseTooLargeException.class)
        .hasMessageContaining("ListThings").hasMessageContaining("1024-byte limit");
  }

  @Test
  void bodyOverTheCap_async_fails() {
    server.enqueue(ok(bigJson(4096)));
    assertThatThrownBy(() -> executor(RetryPolicy.none(), 1024).executeAsync(listThings(true)).join())
        .hasCauseInstanceOf(ResponseTooLargeException.class);
  }

  @Test
  void bodyWithinTheCap_chunked_reads() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .chunkedBody("{\"count\":3}", 4).build());
    assertThat(executor(RetryPolicy.none(), 1024).execute(listThings(true))).containsEntry("count", 3);
  }

  /** A typed answer with a list of objects: Jackson's collection deserializer wraps what goes wrong inside it. */
  public static final class Page {
    public java.util.List<Item> items;

    /** One item. */
    public static final class Item {
      public int n;
    }
  }

  private Exchange<Page> listPage(boolean idempotent) {
    return JsonGetExchange.of("ListPages", idempotent, server.url("/v1/pages"), Page.class);
  }

  private static String itemsJson(int count) {
    StringBuilder body = new StringBuilder("{\"items\":[");
    for (int i = 0; i < count; i++) {
      body.append(i == 0 ? "" : ",").append("{\"n\":").append(i).append('}');
    }
    return body.append("]}").toString();
  }

  @Test
  void typedListOverTheCap_chunked_isTooLargeNotAMismatch() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .chunkedBody(itemsJson(2000), 256).build());
    assertThatThrownBy(() -> executor(RetryPolicy.none(), 1024).execute(listPage(true)))
        .isInstanceOf(ResponseTooLargeException.class).hasMessageContaining("ListPages");
  }

  @Test
  void typedListCutShort_chunked_isATransportFailureRetried() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .chunkedBody(itemsJson(2000), 256).onResponseBody(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok(itemsJson(2)));
    assertThat(executor(RETRY_TWICE).execute(listPage(true)).items).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
