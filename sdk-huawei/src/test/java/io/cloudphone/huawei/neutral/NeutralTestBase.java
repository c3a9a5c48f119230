package io.cloudphone.huawei.neutral;

import io.cloudphone.core.ManualClock;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.HuaweiCredentials;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;

/** A {@link FakeCph} on 127.0.0.1 and a client on an auto-advancing clock (polling never really sleeps). */
abstract class NeutralTestBase {
  protected MockWebServer server;
  protected FakeCph fake;
  protected ManualClock clock;
  protected HuaweiCphClient client;

  /** Starts the fake with {@code phones} phones on {@code servers} servers. */
  protected void start(int phones, int servers, long seed) throws IOException {
    fake = new FakeCph(phones, servers, seed);
    server = new MockWebServer();
    server.setDispatcher(fake);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    clock = ManualClock.autoAdvancing(Instant.parse("2024-01-02T03:04:05Z"));
    client = newClient();
  }

  /** Another client on the same fake and clock (it shares no state with {@link #client}). */
  protected HuaweiCphClient newClient() {
    return HuaweiCphClient.builder()
        .region("cn-east-3")
        .endpointOverride(URI.create("http://127.0.0.1:" + server.getPort()))
        .projectId("0123456789abcdef0123456789abcdef")
        .credentialsProvider(HuaweiCredentials.accessKey("AKEXAMPLE0000000TEST", "SKexample0000000000TEST"))
        .clock(clock)
        .retryPolicy(RetryPolicy.defaults())
        .build();
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }
}
