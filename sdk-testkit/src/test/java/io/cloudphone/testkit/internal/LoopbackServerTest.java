package io.cloudphone.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The fakes' loopback server: its connections have Nagle off, so a blocking call does not wait for delayed ACKs. */
class LoopbackServerTest {
  @Test
  void acceptedConnections_haveNagleOff() throws IOException {
    try (ServerSocket server = new NoDelayServerSocketFactory().createServerSocket(0, 1,
            InetAddress.getByName("127.0.0.1"));
        Socket client = new Socket(server.getInetAddress(), server.getLocalPort());
        Socket accepted = server.accept()) {
      assertThat(accepted.getTcpNoDelay()).isTrue();
      assertThat(client.isConnected()).isTrue();
    }
  }

  @Test
  void sequentialCallsOnOneConnection_doNotStallOnDelayedAcks() throws IOException {
    // With Nagle on, the body written after the head waited ~40 ms for the client's delayed ACK on every call.
    Dispatcher headThenBody = new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
            .body("{\"ok\":true}").build();
      }
    };
    OkHttpClient http = new OkHttpClient();
    List<Duration> took = new ArrayList<>();
    try (LoopbackServer server = LoopbackServer.start(headThenBody)) {
      for (int i = 0; i < 40; i++) {
        long started = System.nanoTime();
        try (Response response = http.newCall(new Request.Builder().url(server.endpoint().toString()).build())
            .execute()) {
          assertThat(response.body().string()).isEqualTo("{\"ok\":true}");
        }
        took.add(Duration.ofNanos(System.nanoTime() - started));
      }
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    Collections.sort(took);
    assertThat(took.get(took.size() / 2)).as("median call").isLessThan(Duration.ofMillis(30));
  }
}
