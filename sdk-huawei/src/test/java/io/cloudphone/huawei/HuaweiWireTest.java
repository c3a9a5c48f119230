package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.ManualClock;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.huawei.internal.HuaweiSignatureVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the Huawei wire tests: a MockWebServer on 127.0.0.1, a client signing with AK/SK on a fixed clock, and
 * {@link #takeRequest()}, which fails the test unless the request's signature verifies.
 */
public abstract class HuaweiWireTest {
  protected static final String PROJECT_ID = "0123456789abcdef0123456789abcdef";
  protected static final String ACCESS_KEY = "AKEXAMPLE0000000TEST";
  protected static final String SECRET_KEY = "SKexample0000000000000000000000000000TEST";
  protected static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");

  protected MockWebServer server;
  protected ManualClock clock;
  protected HuaweiCphClient client;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    clock = ManualClock.autoAdvancing(NOW);
    client = clientBuilder().build();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** A builder pointed at the mock server, with AK/SK, the fixed clock and no retries. */
  protected HuaweiCphClientBuilder clientBuilder() {
    return HuaweiCphClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + server.getPort()))
        .projectId(PROJECT_ID)
        .credentialsProvider(HuaweiCredentials.accessKey(ACCESS_KEY, SECRET_KEY))
        .clock(clock)
        .retryPolicy(RetryPolicy.none());
  }

  /** Queues a JSON answer. */
  protected void enqueueJson(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", "req-" + status)
        .body(body).build());
  }

  /** Queues {@code src/test/resources/huawei/<name>.json} as a 200 answer. */
  protected void enqueueFixture(String name) {
    enqueueJson(200, fixture(name));
  }

  /** Reads {@code src/test/resources/huawei/<name>.json}. */
  protected static String fixture(String name) {
    try (InputStream in = HuaweiWireTest.class.getResourceAsStream("/huawei/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture huawei/" + name + ".json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next request the server received; fails unless its SDK-HMAC-SHA256 signature verifies. */
  protected SentRequest takeRequest() {
    RecordedRequest recorded;
    try {
      recorded = server.takeRequest(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(recorded).as("a request reached the server").isNotNull();
    byte[] body = recorded.getBody() == null ? new byte[0] : recorded.getBody().toByteArray();
    Optional<String> failure = HuaweiSignatureVerifier.verify(recorded.getMethod(),
        recorded.getUrl().encodedPath(), recorded.getUrl().encodedQuery(), recorded.getHeaders()::get, body,
        key -> ACCESS_KEY.equals(key) ? SECRET_KEY : null, clock.instant());
    assertThat(failure).as("signature of " + recorded.getRequestLine()).isEmpty();
    return new SentRequest(recorded);
  }

  /** Asserts that no request reached the server. */
  protected void assertNothingSent() {
    assertThat(server.getRequestCount()).as("requests sent").isZero();
  }
}
