package io.cloudphone.benchmarks;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.AlibabaCredentials;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.RateLimit;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ConsoleProgress;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.HuaweiCredentials;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 13's pacing benchmark: a bulk restart, with default options, against a loopback server that allows R
 * restart requests a second (unknown to the client), once with today's fixed pacing ({@link RateLimit#off()}:
 * the bulk engine's documented default rate) and once with the adaptive limiter (the default), for both
 * providers. Prints elapsed ÷ ideal (requests ÷ R), throttled answers as a share of all requests, failed ids, and
 * whether every id was restarted exactly once. Real clock; it is a benchmark, not a test. Before measuring, each
 * provider's client path is warmed up with an unprinted restart against an unlimited server, so that the first
 * measured run does not pay for JIT compilation the others do not. {@code --servers fake} runs the same rows
 * against the testkit's fakes on wall-clock time ({@link FakePacingRun}, marked {@code *}). {@code --callers N}
 * adds, per provider and rate, a row of N threads making plain restart calls through one client
 * ({@link ManyCallersRun}); its "failed" column counts ids of calls that failed.
 *
 * <pre>
 * mvn -B -ntp -q -Pbenchmarks -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.cloudphone.benchmarks.AdaptivePacingBenchmark \
 *     [--rates 50,200] [--requests 1000] [--fixed-requests 1000] [--burst-seconds 0.1] [--service-ms 20] \
 *     [--providers huawei,alibaba] [--modes fixed,adaptive] [--warmup-requests 200] [--servers plain,fake] [--callers 16]
 * (-Dtrace=true prints the progress line every second; -Dconcurrency=N overrides the default maxConcurrency)
 * </pre>
 */
public final class AdaptivePacingBenchmark {
  private static final int IDS_PER_REQUEST = 100;
  private static final boolean TRACE = Boolean.getBoolean("trace");
  /** Bulk maxConcurrency; 0 (the default) keeps BulkOptions' default. */
  private static final int CONCURRENCY = Integer.getInteger("concurrency", 0);

  private AdaptivePacingBenchmark() {}

  /** Runs the benchmark; see the class comment for the options. */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>(Map.of("rates", "50,200", "requests", "1000",
        "fixed-requests", "1000", "burst-seconds", "0.1", "service-ms", "20", "providers", "huawei,alibaba",
        "modes", "fixed,adaptive", "warmup-requests", "200", "servers", "plain", "callers", "0"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    System.out.printf(Locale.ROOT, "%-8s %5s %-9s %8s %9s %8s %7s %10s %9s %7s %s%n", "provider", "R", "pacing",
        "requests", "elapsed", "ideal", "ratio", "throttled", "share", "failed", "exactly-once");
    int warmup = Integer.parseInt(options.get("warmup-requests"));
    int callers = Integer.parseInt(options.get("callers"));
    for (String provider : options.get("providers").split(",")) {
      if (warmup > 0) {
        run(provider, 1e9, "adaptive", warmup, 1, 0, false);
      }
    }
    for (String server : options.get("servers").split(",")) {
      for (String provider : options.get("providers").split(",")) {
        for (String rateText : options.get("rates").split(",")) {
          double rate = Double.parseDouble(rateText);
          for (String mode : options.get("modes").split(",")) {
            int requests = Integer.parseInt(options.get(mode.equals("fixed") ? "fixed-requests" : "requests"));
            long serviceMillis = Long.parseLong(options.get("service-ms"));
            if (mode.equals("adaptive") && server.equals("plain") && callers > 0) {
              callers(provider, rate, requests, callers, Double.parseDouble(options.get("burst-seconds")),
                  serviceMillis);
            }
            if (server.equals("fake")) {
              FakePacingRun.run(provider, rate, mode, requests, serviceMillis);
            } else {
              run(provider, rate, mode, requests, Double.parseDouble(options.get("burst-seconds")), serviceMillis,
                  true);
            }
          }
        }
      }
    }
  }

  private static void run(String provider, double rate, String mode, int requests, double burstSeconds,
      long serviceMillis, boolean print) throws Exception {
    RateLimitedServer.Flavour flavour = provider.equals("huawei") ? RateLimitedServer.Flavour.HUAWEI
        : RateLimitedServer.Flavour.ALIBABA;
    RateLimit pacing = mode.equals("fixed") ? RateLimit.off() : RateLimit.adaptive();
    List<String> ids = new ArrayList<>(requests * IDS_PER_REQUEST);
    for (int i = 0; i < requests * IDS_PER_REQUEST; i++) {
      ids.add(phoneId(provider, i));
    }
    try (RateLimitedServer server = new RateLimitedServer(flavour, rate, Math.max(1, rate * burstSeconds),
        serviceMillis); CloudPhoneClient client = client(flavour, server.port(), pacing)) {
      long start = System.nanoTime();
      BulkResult result = client.phones().restart(ids, bulkOptions()).submitted().join();
      double elapsed = (System.nanoTime() - start) / 1e9;
      long failed = result.items().stream().filter(item -> item.outcome() == ItemOutcome.FAILED).count();
      boolean once = result.items().size() == ids.size()
          && result.items().stream().map(ItemResult::id).distinct().count() == ids.size()
          && server.restarted().size() == ids.size()
          && server.restarted().values().stream().mapToInt(AtomicInteger::get).allMatch(n -> n == 1);
      if (!print) {
        return;
      }
      long throttled = server.throttled();
      long all = throttled + server.accepted();
      printRow(provider, rate, mode, requests, elapsed, throttled, all, failed,
          once ? "yes" : "NO (" + server.restarted().size() + " ids restarted)");
    }
  }

  /** The benchmark's id of phone {@code index}, in each provider's style. */
  static String phoneId(String provider, int index) {
    return String.format(Locale.ROOT, "%s-%08d", provider.equals("huawei") ? "phone" : "acp", index);
  }

  /** Default bulk options, but for -Dconcurrency and the -Dtrace progress line (one a second). */
  static BulkOptions bulkOptions() {
    BulkOptions.Builder builder = BulkOptions.builder();
    if (CONCURRENCY > 0) {
      builder.maxConcurrency(CONCURRENCY);
    }
    if (TRACE) {
      long[] lastPrint = {System.nanoTime()};
      builder.listener(progress -> {
        long now = System.nanoTime();
        if (now - lastPrint[0] > 1_000_000_000L) {
          lastPrint[0] = now;
          System.out.println("  " + ConsoleProgress.render(progress));
        }
      });
    }
    return builder.build();
  }

  /** One row of the table: elapsed ÷ ideal, throttled share of {@code all} requests, failed ids, exactly once. */
  static void printRow(String label, double rate, String pacing, int requests, double elapsed, long throttled,
      long all, long failed, String once) {
    double ideal = requests / rate;
    System.out.printf(Locale.ROOT, "%-8s %5.0f %-9s %8d %8.2fs %7.2fs %6.2fx %10d %8.1f%% %7d %s%n", label, rate,
        pacing, requests, elapsed, ideal, elapsed / ideal, throttled, 100.0 * throttled / all, failed, once);
  }

  private static void callers(String provider, double rate, int requests, int callers, double burstSeconds,
      long serviceMillis) throws Exception {
    RateLimitedServer.Flavour flavour = provider.equals("huawei") ? RateLimitedServer.Flavour.HUAWEI
        : RateLimitedServer.Flavour.ALIBABA;
    try (RateLimitedServer server = new RateLimitedServer(flavour, rate, Math.max(1, rate * burstSeconds),
        serviceMillis); CloudPhoneClient client = client(flavour, server.port(), RateLimit.adaptive())) {
      ManyCallersRun.run(server, client, provider, rate, requests, callers);
    }
  }

  private static CloudPhoneClient client(RateLimitedServer.Flavour flavour, int port, RateLimit pacing) {
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    if (flavour == RateLimitedServer.Flavour.HUAWEI) {
      return HuaweiCphClient.builder().projectId("0123456789abcdef0123456789abcdef")
          .credentialsProvider(HuaweiCredentials.accessKey("AKBENCHMARK", "benchmark-secret"))
          .endpointOverride(endpoint).rateLimit(pacing).build();
    }
    return AlibabaCloudPhoneClient.builder()
        .credentialsProvider(AlibabaCredentials.accessKey("LTAIbenchmark", "benchmark-secret"))
        .endpointOverride(endpoint).rateLimit(pacing).build();
  }
}
