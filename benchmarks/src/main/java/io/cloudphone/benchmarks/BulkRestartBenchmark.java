package io.cloudphone.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.HuaweiCredentials;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Issue 4's bulk target: a 10,000-phone restart against a loopback CPH stand-in that answers each batch request
 * after 20 ms, compared with the ideal time (requests / concurrency x 20 ms), at several concurrency levels,
 * with the peak heap seen while it runs. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.cloudphone.benchmarks.BulkRestartBenchmark}.
 */
public final class BulkRestartBenchmark {
  private static final int PHONES = 10_000;
  private static final int DELAY_MS = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private BulkRestartBenchmark() {}

  /** Runs the measurement and prints one line per concurrency level. */
  public static void main(String[] args) throws Exception {
    // The JDK server leaves Nagle on by default; with the client's delayed ACKs that adds ~40 ms to every
    // answer, which would measure the stand-in server rather than the SDK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    ExecutorService serverThreads = Executors.newFixedThreadPool(256);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 1024);
    AtomicInteger requests = new AtomicInteger();
    server.createContext("/", exchange -> answer(exchange, requests));
    server.setExecutor(serverThreads);
    server.start();
    try {
      HuaweiCphClient client = HuaweiCphClient.builder()
          .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
          .projectId("0123456789abcdef0123456789abcdef")
          .credentialsProvider(HuaweiCredentials.accessKey("AKBENCH", "SKBENCH"))
          .retryPolicy(RetryPolicy.none())
          .build();
      List<String> ids = IntStream.range(0, PHONES).mapToObj(i -> String.format("phone-%05d", i))
          .collect(Collectors.toList());
      run(client, ids, 8, requests, false); // warm-up
      System.out.println("phones  concurrency  requests  elapsed_ms  ideal_ms  ratio  peak_old_gen_MB");
      for (int concurrency : new int[] {8, 16, 32, 64}) {
        run(client, ids, concurrency, requests, true);
      }
    } finally {
      server.stop(0);
      serverThreads.shutdownNow();
    }
  }

  private static void run(CloudPhoneClient cloud, List<String> ids, int concurrency, AtomicInteger requests,
      boolean print) {
    System.gc();
    resetPeaks();
    requests.set(0);
    long start = System.nanoTime();
    BulkOperation operation = cloud.phones().restart(ids, BulkOptions.builder()
        .maxConcurrency(concurrency).requestsPerSecond(100_000.0).build());
    BulkResult result = operation.submitted().join();
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    if (result.items().size() != ids.size() || !result.failed().isEmpty()) {
      throw new IllegalStateException("unexpected result: " + result.summary());
    }
    double ideal = Math.ceil((double) requests.get() / concurrency) * DELAY_MS;
    if (print) {
      System.out.printf(Locale.ROOT, "%6d  %11d  %8d  %10d  %8.0f  %5.2f  %12.1f%n", ids.size(), concurrency,
          requests.get(), elapsedMs, ideal, elapsedMs / ideal, peakHeapBytes() / 1e6);
    }
  }

  /** Answers a batch restart after 20 ms with one job per phone; any other call with an empty list. */
  private static void answer(HttpExchange exchange, AtomicInteger requests) throws IOException {
    byte[] body;
    if (exchange.getRequestURI().getPath().endsWith("/batch-restart")) {
      requests.incrementAndGet();
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      StringBuilder jobs = new StringBuilder("{\"request_id\":\"req\",\"jobs\":[");
      int n = 0;
      for (JsonNode phone : request.path("phones")) {
        String id = phone.path("phone_id").asText();
        jobs.append(n++ == 0 ? "" : ",").append("{\"phone_id\":\"").append(id)
            .append("\",\"job_id\":\"job-").append(id).append("\"}");
      }
      body = jobs.append("]}").toString().getBytes(StandardCharsets.UTF_8);
      try {
        Thread.sleep(DELAY_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else {
      exchange.getRequestBody().readAllBytes();
      body = "{\"jobs\":[]}".getBytes(StandardCharsets.UTF_8);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Peak of the old generation: what the run retained, unlike eden, which only mirrors allocation. */
  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
