package io.cloudphone.alibaba;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.alibaba.internal.AlibabaSignatureVerifier;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the Alibaba wire tests: a MockWebServer on 127.0.0.1, a client signing RPC V1 on a fixed clock with
 * numbered nonces, and {@link #takeRequest()}, which fails the test unless the signature verifies.
 */
public abstract class AlibabaWireTest {
  protected static final String ACCESS_KEY_ID = "testid";
  protected static final String ACCESS_KEY_SECRET = "testsecret";
  protected static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

  protected MockWebServer server;
  protected ManualClock clock;
  protected AlibabaCloudPhoneClient client;
  private final AtomicInteger nonce = new AtomicInteger();

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

  /**
   * A builder pointed at the mock server, with test keys, the fixed clock, numbered nonces and no retries. It
   * selects RPC signature V1 explicitly (the default is ACS3) because these tests read every parameter from the
   * query and form and verify V1 signatures; {@code AlibabaAcs3DefaultTest} covers the default.
   */
  protected AlibabaCloudPhoneClientBuilder clientBuilder() {
    return AlibabaCloudPhoneClient.builder()
        .signatureVersion(AlibabaSignatureVersion.V1_HMAC_SHA1)
        .regionId("cn-shanghai")
        .endpointOverride(URI.create("http://127.0.0.1:" + server.getPort()))
        .credentialsProvider(AlibabaCredentials.accessKey(ACCESS_KEY_ID, ACCESS_KEY_SECRET))
        .clock(clock)
        .nonces(() -> "nonce-" + nonce.incrementAndGet())
        .retryPolicy(RetryPolicy.none());
  }

  /** Queues a JSON answer. */
  protected void enqueueJson(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status)
        .setHeader("Content-Type", "application/json").body(body).build());
  }

  /** Queues {@code src/test/resources/alibaba/<name>.json} as a 200 answer. */
  protected void enqueueFixture(String name) {
    enqueueJson(200, fixture(name));
  }

  /** Reads {@code src/test/resources/alibaba/<name>.json}. */
  protected static String fixture(String name) {
    try (InputStream in = AlibabaWireTest.class.getResourceAsStream("/alibaba/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture alibaba/" + name + ".json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The next request the server received; fails unless it is {@code POST /} with Version 2023-09-30 and a V1
   * signature that verifies over its query and form parameters.
   */
  protected SentRpcRequest takeRequest() {
    RecordedRequest recorded;
    try {
      recorded = server.takeRequest(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(recorded).as("a request reached the server").isNotNull();
    SentRpcRequest sent = new SentRpcRequest(recorded);
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/");
    assertThat(sent.param("Version")).isEqualTo("2023-09-30");
    Optional<String> failure = AlibabaSignatureVerifier.verifyV1("POST", sent.params(),
        key -> ACCESS_KEY_ID.equals(key) ? ACCESS_KEY_SECRET : null, clock.instant());
    assertThat(failure).as("signature of " + sent).isEmpty();
    return sent;
  }

  /** Asserts that no request reached the server. */
  protected void assertNothingSent() {
    assertThat(server.getRequestCount()).as("requests sent").isZero();
  }
}
