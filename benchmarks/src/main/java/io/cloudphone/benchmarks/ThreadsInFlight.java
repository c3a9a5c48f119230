package io.cloudphone.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.HuaweiCredentials;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.ListCloudPhonesResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How many threads the SDK uses with N asynchronous calls in flight (issue 10, item 11): a 127.0.0.1 server
 * answers every ListCloudPhones after a fixed latency without holding a thread per request, N calls are started
 * at once through {@code cph.async()}, and a sampler records the peak number of {@code cloudphone-http} threads
 * and of JVM threads while they run. Not a JMH benchmark: run it with
 * {@code java -cp benchmarks/target/benchmarks.jar io.cloudphone.benchmarks.ThreadsInFlight [latencyMillis] [N...]}.
 */
public final class ThreadsInFlight {
  private static final byte[] ANSWER = "{\"phones\":[],\"count\":0}".getBytes(StandardCharsets.UTF_8);

  private ThreadsInFlight() {}

  /** Prints one table row per N. */
  public static void main(String[] args) throws Exception {
    long latencyMillis = args.length > 0 ? Long.parseLong(args[0]) : 200;
    List<Integer> counts = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      counts.add(Integer.parseInt(args[i]));
    }
    if (counts.isEmpty()) {
      counts = List.of(16, 128, 1024);
    }
    ScheduledExecutorService answers = Executors.newScheduledThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "loopback-answer");
      thread.setDaemon(true);
      return thread;
    });
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      answers.schedule(() -> answer(exchange), latencyMillis, TimeUnit.MILLISECONDS);
    });
    server.setExecutor(null); // the server's own single dispatcher thread
    server.start();
    try (HuaweiCphClient cph = HuaweiCphClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .projectId("0123456789abcdef0123456789abcdef")
        .credentialsProvider(HuaweiCredentials.accessKey("AKEXAMPLE0000000TEST", "SKexample0000000000TEST"))
        .retryPolicy(RetryPolicy.none())
        .callDeadline(Duration.ofMinutes(5))
        .build()) {
      cph.listCloudPhones(ListCloudPhonesRequest.builder().build()); // warm up: connection, classes
      System.out.printf("latency %d ms, JDK %s, %d CPUs%n", latencyMillis, System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      System.out.println("| calls in flight | wall time | peak cloudphone-http threads | peak JVM threads |");
      System.out.println("| ---: | ---: | ---: | ---: |");
      String busyName = "OkHttp http://127.0.0.1:" + server.getAddress().getPort() + "/";
      for (int n : counts) {
        run(cph, n, busyName);
      }
    } finally {
      server.stop(0);
      answers.shutdownNow();
    }
  }

  private static void answer(HttpExchange exchange) {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("X-Request-Id", "threads-in-flight");
      exchange.sendResponseHeaders(200, ANSWER.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(ANSWER);
      }
    } catch (IOException e) {
      // the client gave up; nothing to answer
    }
  }

  private static void run(HuaweiCphClient cph, int n, String busyName) throws InterruptedException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    threads.resetPeakThreadCount();
    long start = System.nanoTime();
    List<CompletableFuture<ListCloudPhonesResponse>> calls = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      calls.add(cph.async().listCloudPhones(ListCloudPhonesRequest.builder().offset(i % 100).build()));
    }
    CompletableFuture<Void> all = CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
    int peakHttp = 0;
    while (!all.isDone()) {
      peakHttp = Math.max(peakHttp, httpThreads(busyName));
      Thread.sleep(2);
    }
    all.join();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("| %,d | %,d ms | %d | %d |%n", n, millis, peakHttp, threads.getPeakThreadCount());
  }

  /** The SDK's HTTP threads: idle ones are named cloudphone-http, busy ones are renamed by OkHttp after the call. */
  private static int httpThreads(String busyName) {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] all = new Thread[root.activeCount() + 64];
    int live = root.enumerate(all, true); // no stack traces: cheap enough to sample every millisecond
    int count = 0;
    for (int i = 0; i < live; i++) {
      Thread thread = all[i];
      if (thread.getName().startsWith("cloudphone-http") || thread.getName().startsWith(busyName)) {
        count++;
      }
    }
    return count;
  }
}
