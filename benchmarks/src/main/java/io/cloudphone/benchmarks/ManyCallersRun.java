package io.cloudphone.benchmarks;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.RebootAndroidInstancesInGroupRequest;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.model.CloudPhoneTarget;
import io.cloudphone.huawei.model.RestartCloudPhoneRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The backend case of issue 13: no bulk operation, only {@code callers} threads making plain blocking restart
 * calls of 100 ids each through one client, as a service handling many requests would. The client's one limiter
 * per operation must keep them all within what the server allows.
 */
final class ManyCallersRun {
  private ManyCallersRun() {}

  /** Runs {@code requests} calls from {@code callers} threads against {@code server}; prints a table row. */
  static void run(RateLimitedServer server, CloudPhoneClient client, String provider, double rate, int requests,
      int callers) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicLong failedCalls = new AtomicLong();
    ExecutorService threads = Executors.newFixedThreadPool(callers);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < callers; t++) {
        running.add(threads.submit(() -> {
          for (int call = next.getAndIncrement(); call < requests; call = next.getAndIncrement()) {
            List<String> ids = new ArrayList<>(100);
            for (int i = 0; i < 100; i++) {
              ids.add(AdaptivePacingBenchmark.phoneId(provider, call * 100 + i));
            }
            try {
              restart(client, ids);
            } catch (RuntimeException e) {
              failedCalls.incrementAndGet();
            }
          }
        }));
      }
      for (Future<?> done : running) {
        done.get();
      }
    } finally {
      threads.shutdownNow();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long throttled = server.throttled();
    long all = throttled + server.accepted();
    boolean once = server.restarted().size() == requests * 100
        && server.restarted().values().stream().mapToInt(AtomicInteger::get).allMatch(n -> n == 1);
    AdaptivePacingBenchmark.printRow(provider, rate, callers + " thr", requests, elapsed, throttled, all,
        failedCalls.get() * 100, once ? "yes" : "NO (" + server.restarted().size() + " ids restarted)");
  }

  private static void restart(CloudPhoneClient client, List<String> ids) {
    if (client instanceof HuaweiCphClient huawei) {
      huawei.restartCloudPhone(RestartCloudPhoneRequest.builder()
          .phones(ids.stream().map(id -> CloudPhoneTarget.builder().phoneId(id).build()).toList()).build());
    } else {
      ((AlibabaCloudPhoneClient) client).rebootAndroidInstancesInGroup(
          RebootAndroidInstancesInGroupRequest.builder().androidInstanceIds(ids).build());
    }
  }
}
