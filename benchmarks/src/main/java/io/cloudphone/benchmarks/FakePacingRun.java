package io.cloudphone.benchmarks;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.RateLimit;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.testkit.CloudPhoneFake;
import io.cloudphone.testkit.FakeAlibabaCloudPhone;
import io.cloudphone.testkit.FakeHuaweiCph;
import io.cloudphone.testkit.FakeTime;
import io.cloudphone.testkit.FaultPlan;
import io.cloudphone.testkit.Fleet;
import io.cloudphone.testkit.Latency;
import io.cloudphone.testkit.OperationFaults;
import java.time.Duration;

/**
 * The pacing benchmark against the testkit's own fakes on wall-clock time, with their server-side rate limit
 * ({@link FaultPlan.Builder#rateLimit}) on the restart operation and a fixed 20 ms latency: a second opinion on
 * {@link RateLimitedServer}, with the fakes' burst of one second of requests and their Retry-After answers.
 */
final class FakePacingRun {
  private FakePacingRun() {}

  /** One restart of {@code requests × 100} phones, printed as a row of the benchmark's table. */
  static void run(String provider, double rate, String mode, int requests, long serviceMillis) {
    boolean huawei = provider.equals("huawei");
    String operation = huawei ? "RestartCloudPhone" : "RebootAndroidInstancesInGroup";
    FaultPlan plan = FaultPlan.builder().rateLimit(operation, rate)
        .forOperation(operation, OperationFaults.builder()
            .latency(Latency.fixed(Duration.ofMillis(serviceMillis))).build())
        .build();
    Fleet fleet = Fleet.builder().servers((requests + 4) / 5).phonesPerServer(500).build(); // a fake holds <= 999 x 999
    RateLimit pacing = mode.equals("fixed") ? RateLimit.off() : RateLimit.adaptive();
    try (CloudPhoneFake<?> fake = huawei ? FakeHuaweiCph.start(fleet, plan, FakeTime.real())
        : FakeAlibabaCloudPhone.start(fleet, plan, FakeTime.real());
        CloudPhoneClient client = huawei ? ((FakeHuaweiCph) fake).clientBuilder().rateLimit(pacing).build()
            : ((FakeAlibabaCloudPhone) fake).clientBuilder().rateLimit(pacing).build()) {
      long start = System.nanoTime();
      var ids = fake.phoneIds().subList(0, requests * 100);
      BulkResult result = client.phones().restart(ids, AdaptivePacingBenchmark.bulkOptions()).submitted().join();
      double elapsed = (System.nanoTime() - start) / 1e9;
      long failed = result.items().stream().filter(item -> item.outcome() == ItemOutcome.FAILED).count();
      long throttled = fake.requestLog().requests(operation).stream().filter(r -> r.failed()).count();
      long accepted = fake.requestLog().requests(operation).size() - throttled;
      // Every id has one result, and the fake accepted exactly as many restart requests of 100 distinct ids as
      // 100,000 ids need: so no id was restarted twice.
      boolean once = result.items().size() == ids.size()
          && result.items().stream().map(ItemResult::id).distinct().count() == ids.size()
          && accepted == requests && failed == 0;
      AdaptivePacingBenchmark.printRow(provider + "*", rate, mode, requests, elapsed, throttled, throttled + accepted,
          failed, once ? "yes" : "NO (" + accepted + " accepted)");
    }
  }
}
