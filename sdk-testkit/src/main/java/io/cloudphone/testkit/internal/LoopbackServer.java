package io.cloudphone.testkit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;

/** A MockWebServer bound to 127.0.0.1 on a free port, answering through one dispatcher, with Nagle off. */
public final class LoopbackServer implements AutoCloseable {
  private final MockWebServer server;
  private final URI endpoint;

  private LoopbackServer(MockWebServer server) {
    this.server = server;
    this.endpoint = URI.create("http://127.0.0.1:" + server.getPort());
  }

  /**
   * Starts a server answering through {@code dispatcher}.
   *
   * @throws UncheckedIOException when no port could be bound
   */
  public static LoopbackServer start(Dispatcher dispatcher) {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(dispatcher);
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      server.close();
      throw new UncheckedIOException("could not start a fake on 127.0.0.1", e);
    }
    return new LoopbackServer(server);
  }

  /** The base URI, {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return endpoint;
  }

  /** Stops the server and closes its connections. */
  @Override
  public void close() {
    server.close();
  }
}
