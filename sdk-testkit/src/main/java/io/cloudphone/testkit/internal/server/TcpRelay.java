package io.cloudphone.testkit.internal.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Listens on the address and port a user asked for and copies bytes both ways to a fake that listens on
 * 127.0.0.1 on a port of its own. Bytes pass unchanged, so the {@code Host} header a client signed is the one
 * the fake verifies.
 */
public final class TcpRelay implements AutoCloseable {
  private final ServerSocket listener;
  private final InetSocketAddress target;
  private final ExecutorService threads;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private TcpRelay(ServerSocket listener, InetSocketAddress target) {
    this.listener = listener;
    this.target = target;
    AtomicInteger count = new AtomicInteger();
    this.threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "fake-server-relay-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    threads.execute(this::acceptLoop);
  }

  /**
   * Starts relaying connections on {@code bind}:{@code port} (0 for any free port) to {@code target}.
   *
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static TcpRelay start(String bind, int port, URI target) {
    try {
      ServerSocket listener = new ServerSocket();
      listener.setReuseAddress(true);
      listener.bind(new InetSocketAddress(InetAddress.getByName(bind), port));
      return new TcpRelay(listener, new InetSocketAddress(target.getHost(), target.getPort()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not listen on " + bind + ":" + port + ": " + e.getMessage(), e);
    }
  }

  /** The port actually listened on. */
  public int port() {
    return listener.getLocalPort();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket client = listener.accept();
        client.setTcpNoDelay(true);
        Socket upstream = new Socket();
        upstream.setTcpNoDelay(true);
        upstream.connect(target);
        open.add(client);
        open.add(upstream);
        AtomicInteger directionsLeft = new AtomicInteger(2);
        threads.execute(() -> pump(client, upstream, directionsLeft));
        threads.execute(() -> pump(upstream, client, directionsLeft));
      } catch (IOException e) {
        if (closed) {
          return;
        }
        // One connection that could not be set up does not stop the server; its client sees a reset.
      }
    }
  }

  /** Copies one direction; an end of stream is passed on as a half-close, an error closes the pair. */
  private void pump(Socket from, Socket to, AtomicInteger directionsLeft) {
    byte[] buffer = new byte[16 * 1024];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        out.write(buffer, 0, read);
        out.flush();
      }
      to.shutdownOutput();
      if (directionsLeft.decrementAndGet() > 0) {
        return;
      }
    } catch (IOException e) {
      // a reset or a closed socket on either side ends the whole pair
    }
    closeQuietly(from);
    closeQuietly(to);
  }

  private void closeQuietly(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException e) {
      // nothing left to do with a socket that cannot even close
    }
  }

  /** Stops listening and closes every relayed connection. */
  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      // the listener is gone either way
    }
    open.forEach(this::closeQuietly);
    threads.shutdownNow();
  }
}
