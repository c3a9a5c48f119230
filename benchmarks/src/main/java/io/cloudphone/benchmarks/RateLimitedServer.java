package io.cloudphone.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback stand-in for one provider's restart call that enforces a request rate the client is not told:
 * a token bucket of {@code ratePerSecond} holding {@code burst} requests. A request over the limit is refused at
 * once the way the provider refuses it (Huawei: HTTP 429 {@code CPS.0042}; Alibaba: HTTP 400
 * {@code Throttling.User}); an accepted one takes {@code serviceMillis} and restarts its ids, each counted, so
 * the benchmark can check that every id was restarted exactly once.
 */
final class RateLimitedServer implements AutoCloseable {
  /** Which provider's restart the server plays. */
  enum Flavour {
    HUAWEI, ALIBABA
  }

  static {
    // The JDK server writes headers and body separately without TCP_NODELAY, so every answer would wait for the
    // client's delayed ACK (40 ms on Linux): a stall no provider's gateway adds, which tripled the 20 ms a request
    // takes here and capped the client near 120 requests/s at concurrency 8. Read once, when the server's
    // configuration class loads, so it must be set before the first server is created.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final Pattern PHONE_ID = Pattern.compile("\"phone_id\"\\s*:\\s*\"([^\"]+)\"");

  private final Flavour flavour;
  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(64, runnable -> {
    Thread thread = new Thread(runnable, "rate-limited-server");
    thread.setDaemon(true);
    return thread;
  });
  private final double ratePerSecond;
  private final double burst;
  private final long serviceMillis;
  private final Map<String, AtomicInteger> restarted = new ConcurrentHashMap<>();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong throttled = new AtomicLong();
  private double tokens;
  private long refilledAt = System.nanoTime();

  RateLimitedServer(Flavour flavour, double ratePerSecond, double burst, long serviceMillis) throws IOException {
    this.flavour = flavour;
    this.ratePerSecond = ratePerSecond;
    this.burst = burst;
    this.tokens = burst;
    this.serviceMillis = serviceMillis;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.setExecutor(workers);
    server.createContext("/", this::handle);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  long accepted() {
    return accepted.get();
  }

  long throttled() {
    return throttled.get();
  }

  /** How many times each id was restarted. */
  Map<String, AtomicInteger> restarted() {
    return restarted;
  }

  private synchronized boolean admit() {
    long now = System.nanoTime();
    tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * ratePerSecond);
    refilledAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (!admit()) {
        throttled.incrementAndGet();
        if (flavour == Flavour.HUAWEI) {
          answer(exchange, 429, "X-Request-Id",
              "{\"error_code\":\"CPS.0042\",\"error_msg\":\"System busy. Please try again later.\"}");
        } else {
          answer(exchange, 400, "x-acs-request-id", "{\"RequestId\":\"r\",\"Code\":\"Throttling.User\","
              + "\"Message\":\"Request was denied due to user flow control.\"}");
        }
        return;
      }
      accepted.incrementAndGet();
      sleep(serviceMillis);
      List<String> ids = flavour == Flavour.HUAWEI ? huaweiIds(body)
          : alibabaIds(exchange.getRequestURI().getRawQuery(), body);
      ids.forEach(id -> restarted.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet());
      if (flavour == Flavour.HUAWEI) {
        StringBuilder json = new StringBuilder("{\"request_id\":\"r\",\"jobs\":[");
        for (int i = 0; i < ids.size(); i++) {
          json.append(i == 0 ? "" : ",").append("{\"phone_id\":\"").append(ids.get(i))
              .append("\",\"job_id\":\"job-").append(ids.get(i)).append("\"}");
        }
        answer(exchange, 200, "X-Request-Id", json.append("]}").toString());
      } else {
        answer(exchange, 200, "x-acs-request-id", "{\"RequestId\":\"r\"}");
      }
    }
  }

  private static List<String> huaweiIds(String body) {
    List<String> ids = new ArrayList<>();
    Matcher m = PHONE_ID.matcher(body);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static List<String> alibabaIds(String query, String body) {
    List<String> ids = new ArrayList<>();
    for (String part : ((query == null ? "" : query) + "&" + body).split("&")) {
      int eq = part.indexOf('=');
      if (eq > 0 && URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8)
          .startsWith("AndroidInstanceIds.")) {
        ids.add(URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return ids;
  }

  private static void answer(HttpExchange exchange, int status, String requestIdHeader, String json)
      throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set(requestIdHeader, "r");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
