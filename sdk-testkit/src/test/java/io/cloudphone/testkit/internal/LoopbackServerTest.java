package io.cloudphone.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/**
 * The fakes' loopback server: its connections have Nagle off, so a blocking call does not wait for delayed ACKs.
 * Checked on the socket itself; a timed assertion would flake on a shared machine.
 */
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
}
