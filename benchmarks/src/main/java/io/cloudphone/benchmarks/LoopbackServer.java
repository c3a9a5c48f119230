package io.cloudphone.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A minimal HTTP/1.1 server bound to 127.0.0.1 that answers every request with the same pre-encoded bytes
 * (status line, headers and body built once), over keep-alive connections. It only reads the request head
 * (and skips a Content-Length or chunked body), so its per-request cost is a read and one write of a ready array:
 * it is not the bottleneck of a client benchmark. One daemon thread per connection; {@link #close()} stops
 * everything.
 */
final class LoopbackServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] response;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private volatile boolean closed;

  LoopbackServer(byte[] body, String contentType) throws IOException {
    this(body, contentType, "X-Request-Id", "6a63a18b8bab40ffb71ebd9cb80d0085");
  }

  /** A server whose answer carries the request id in {@code requestIdHeader} (e.g. Alibaba's x-acs-request-id). */
  LoopbackServer(byte[] body, String contentType, String requestIdHeader, String requestId) throws IOException {
    byte[] head = ("HTTP/1.1 200 OK\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + body.length + "\r\n"
        + requestIdHeader + ": " + requestId + "\r\n"
        + "Connection: keep-alive\r\n"
        + "\r\n").getBytes(StandardCharsets.US_ASCII);
    response = new byte[head.length + body.length];
    System.arraycopy(head, 0, response, 0, head.length);
    System.arraycopy(body, 0, response, head.length, body.length);
    socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    acceptor = new Thread(this::acceptLoop, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The port on 127.0.0.1. */
  int port() {
    return socket.getLocalPort();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        connections.add(connection);
        Thread worker = new Thread(() -> serve(connection), "loopback-conn");
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        if (!closed) {
          e.printStackTrace();
        }
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = new BufferedInputStream(connection.getInputStream(), 16 * 1024);
      OutputStream out = connection.getOutputStream();
      byte[] line = new byte[8 * 1024];
      while (!closed) {
        long contentLength = 0;
        boolean chunked = false;
        boolean first = true;
        // Read the request head line by line until the empty line.
        while (true) {
          int n = readLine(in, line);
          if (n < 0) {
            return;
          }
          if (n == 0) {
            if (first) {
              continue;
            }
            break;
          }
          first = false;
          if (n > 15 && regionMatchesIgnoreCase(line, "content-length:")) {
            contentLength = Long.parseLong(new String(line, 15, n - 15, StandardCharsets.US_ASCII).trim());
          } else if (n > 18 && regionMatchesIgnoreCase(line, "transfer-encoding:")) {
            chunked = new String(line, 18, n - 18, StandardCharsets.US_ASCII).toLowerCase().contains("chunked");
          }
        }
        if (chunked && !skipChunkedBody(in, line)) {
          return;
        }
        while (contentLength > 0) {
          long skipped = in.skip(contentLength);
          if (skipped <= 0) {
            return;
          }
          contentLength -= skipped;
        }
        out.write(response);
        out.flush();
      }
    } catch (SocketException e) {
      // closed by the client or by close()
    } catch (IOException e) {
      if (!closed) {
        e.printStackTrace();
      }
    } finally {
      connections.remove(connection);
    }
  }

  /**
   * Skips a chunked request body (OkHttp sends one when a RequestBody's length is unknown, as the official Alibaba
   * SDK's tea stack does for a POST without form fields): chunks until the zero-size one, then the trailers.
   * False at end of stream.
   */
  private static boolean skipChunkedBody(InputStream in, byte[] line) throws IOException {
    while (true) {
      int n = readLine(in, line);
      if (n < 0) {
        return false;
      }
      String sizeField = new String(line, 0, n, StandardCharsets.US_ASCII);
      int extension = sizeField.indexOf(';');
      long size = Long.parseLong((extension < 0 ? sizeField : sizeField.substring(0, extension)).trim(), 16);
      if (size == 0) {
        while (true) { // trailers, up to the empty line
          int t = readLine(in, line);
          if (t < 0) {
            return false;
          }
          if (t == 0) {
            return true;
          }
        }
      }
      while (size > 0) {
        long skipped = in.skip(size);
        if (skipped <= 0) {
          return false;
        }
        size -= skipped;
      }
      if (readLine(in, line) != 0) { // the CRLF after the chunk data
        return false;
      }
    }
  }

  /** Reads one CRLF-terminated line into {@code buffer}; its length without CRLF, or -1 at end of stream. */
  private static int readLine(InputStream in, byte[] buffer) throws IOException {
    int n = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        return -1;
      }
      if (b == '\n') {
        return n > 0 && buffer[n - 1] == '\r' ? n - 1 : n;
      }
      if (n < buffer.length) {
        buffer[n++] = (byte) b;
      }
    }
  }

  private static boolean regionMatchesIgnoreCase(byte[] line, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (Character.toLowerCase((char) line[i]) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
    for (Socket connection : connections) {
      connection.close();
    }
    try {
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
