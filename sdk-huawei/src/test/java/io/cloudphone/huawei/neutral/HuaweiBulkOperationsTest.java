package io.cloudphone.huawei.neutral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudphone.core.Job;
import io.cloudphone.core.JobStatus;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkProgress;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.BulkTimeoutException;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bulk operations of the Huawei adapter against a stateful fake CPH, with no real sleeping. */
class HuaweiBulkOperationsTest extends NeutralTestBase {
  private static final BulkOptions FAST = BulkOptions.builder().maxConcurrency(8).requestsPerSecond(1000.0).build();

  @Test
  @Timeout(60)
  void restart_serviceThrottlingOverAnUnknownRate_everyIdSucceedsExactlyOnce_withDefaultOptions() throws Exception {
    start(3_000, 30, 7);
    fake.limitBatchRate(clock, 2.0); // 30 requests at 2 a second; the client starts unpaced at 8 in flight

    BulkResult result = client.phones().restart(fake.phoneIds()).awaitCompletion(Duration.ofHours(1));

    assertThat(fake.rateThrottled.get()).as("the service throttled the client").isPositive();
    assertThat(result.items()).hasSize(3_000).allMatch(item -> item.outcome() == ItemOutcome.SUCCEEDED);
    assertThat(fake.acceptedIds).hasSize(3_000).allSatisfy((id, times) -> assertThat(times.get()).as(id).isOne());
    // Every throttled chunk was sent again until accepted, each id exactly once.
    assertThat(fake.batchCalls()).isEqualTo(30 + fake.rateThrottled.get());
  }

  @Test
  @Timeout(30)
  void restart_tenThousandPhonesWithTrouble_reportsEveryIdOnceWithItsOutcome() throws Exception {
    start(10_000, 100, 42);
    fake.itemFailureRate = 0.03;
    fake.jobFailureRate = 0.02;
    fake.throttleFirstCallWith.add("phone-00400");
    fake.dropFirstCallWith.add("phone-05000");
    List<String> ids = new ArrayList<>(fake.phoneIds());
    ids.addAll(fake.phoneIds().subList(0, 10)); // repeated ids are reported once
    List<BulkProgress> progress = new CopyOnWriteArrayList<>();

    BulkOperation operation = client.phones().restart(ids, BulkOptions.builder().from(FAST)
        .listener(progress::add).build());
    BulkResult result = operation.awaitCompletion(Duration.ofHours(1));

    assertThat(operation.ids()).hasSize(10_000);
    assertThat(result.items()).hasSize(10_000).extracting(ItemResult::id).doesNotHaveDuplicates()
        .containsExactlyElementsOf(fake.phoneIds());
    assertThat(result.isComplete()).isTrue();
    for (ItemResult item : result.items()) {
      if (fake.droppedIds.contains(item.id())) {
        assertThat(item.outcome()).as(item.id()).isEqualTo(ItemOutcome.FAILED);
        assertThat(item.errorMessage()).as(item.id()).get().asString().contains("connection");
        continue;
      }
      FakeCph.Expected expected = fake.expected.get(item.id());
      assertThat(item.outcome().name()).as(item.id()).isEqualTo(expected.outcome());
      assertThat(item.errorCode()).as(item.id()).isEqualTo(java.util.Optional.ofNullable(expected.errorCode()));
    }
    assertThat(fake.droppedIds).hasSize(100).contains("phone-05000");
    assertThat(fake.throttledIds).hasSize(100).contains("phone-00400")
        .allMatch(fake.expected::containsKey); // the throttled chunk was sent again and accepted
    assertThat(result.failed()).anyMatch(item -> "CPS.0004".equals(item.errorCode().orElse(null)))
        .anyMatch(item -> "CPS.0191".equals(item.errorCode().orElse(null)));
    assertThat(result.succeeded().size()).isGreaterThan(9_000);
    // Batch limit: 100 phones a request; 100 chunks, one of them sent twice after being throttled.
    assertThat(fake.batchSizes).hasSize(101).allMatch(size -> size <= 100);
    assertListJobsWithinLimits();
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1).phase()).isEqualTo(BulkProgress.Phase.DONE);
  }

  @Test
  @Timeout(30)
  void restart_cancelledMidway_leavesUnsentIdsNotAttempted() throws Exception {
    start(1_000, 10, 1);
    CountDownLatch third = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    fake.onBatch = ordinal -> {
      if (ordinal == 3) {
        third.countDown();
        await(release);
      }
    };

    BulkOperation operation = client.phones().restart(fake.phoneIds(), BulkOptions.builder().from(FAST)
        .maxConcurrency(1).build());
    assertThat(third.await(10, TimeUnit.SECONDS)).isTrue();
    operation.cancel();
    release.countDown();
    BulkResult result = operation.awaitCompletion(Duration.ofHours(1));

    assertThat(fake.batchCalls()).isEqualTo(3);
    assertThat(result.items()).hasSize(1_000);
    assertThat(result.notAttempted()).hasSize(700)
        .allSatisfy(item -> assertThat(item.id()).isGreaterThanOrEqualTo("phone-00300"));
    assertThat(result.succeeded()).hasSize(300);
  }

  @Test
  @Timeout(30)
  void restart_jobsNeverFinish_timesOutWithPartialResult() throws Exception {
    start(250, 3, 3);
    fake.itemFailureRate = 0.1;
    fake.runningReports = Integer.MAX_VALUE;

    BulkOperation operation = client.phones().restart(fake.phoneIds(), FAST);
    BulkTimeoutException timeout = catchThrowableOfType(BulkTimeoutException.class,
        () -> operation.awaitCompletion(Duration.ofMinutes(2)));

    BulkResult partial = timeout.partialResult();
    assertThat(partial.items()).hasSize(250);
    assertThat(partial.isComplete()).isFalse();
    assertThat(partial.inProgress()).isNotEmpty().allSatisfy(item -> {
      assertThat(item.jobId()).isPresent();
      assertThat(item.jobStatus()).contains(JobStatus.RUNNING);
    });
    assertThat(partial.failed()).hasSize(250 - partial.inProgress().size())
        .allSatisfy(item -> assertThat(item.errorCode()).contains("CPS.0004"));
    assertThat(timeout).hasMessageContaining("in progress");
  }

  @Test
  @Timeout(30)
  void start_phones_usesRestartCloudPhone() throws Exception {
    start(120, 2, 5);

    BulkResult result = client.phones().start(fake.phoneIds(), FAST).awaitCompletion(Duration.ofHours(1));

    assertThat(result.succeeded()).hasSize(120);
    assertThat(fake.count("POST", "/phones/batch-restart")).isEqualTo(2);
    assertThat(fake.batchBodies.get(0).path("phones").get(0).path("phone_id").asText()).startsWith("phone-");
  }

  @Test
  @Timeout(30)
  void stopAndReset_phones_useTheirBatchCalls() throws Exception {
    start(150, 2, 5);

    BulkResult stopped = client.phones().stop(fake.phoneIds(), FAST).awaitCompletion(Duration.ofHours(1));
    BulkResult reset = client.phones().reset(fake.phoneIds().subList(0, 10), FAST)
        .awaitCompletion(Duration.ofHours(1));

    assertThat(stopped.succeeded()).hasSize(150);
    assertThat(reset.succeeded()).hasSize(10);
    assertThat(fake.count("POST", "/phones/batch-stop")).isEqualTo(2);
    assertThat(fake.count("POST", "/phones/batch-reset")).isEqualTo(1);
    assertThat(fake.batchBodies).extracting(body -> body.path("phone_ids").size()).contains(100, 50);
  }

  @Test
  @Timeout(30)
  void runShellCommand_phones_returnsEachPhonesOutput() throws Exception {
    start(150, 2, 9);

    BulkResult result = client.phones().runShellCommand(fake.phoneIds(), "ls -l /system", FAST)
        .awaitCompletion(Duration.ofHours(1));

    assertThat(result.succeeded()).hasSize(150)
        .allSatisfy(item -> assertThat(item.output()).contains("output of ls -l /system on " + item.id()));
    for (JsonNode body : fake.batchBodies) {
      assertThat(body.path("command").asText()).isEqualTo("shell");
      assertThat(body.path("content").asText()).isEqualTo("ls -l /system");
    }
    assertThat(fake.batchSizes).containsExactlyInAnyOrder(100, 50);
  }

  @Test
  @Timeout(30)
  void installAppAndPushFile_phones_sendTheirCommands() throws Exception {
    start(20, 1, 9);

    BulkResult installed = client.phones().installApp(fake.phoneIds(), "obs://bucket/app.apk", FAST)
        .awaitCompletion(Duration.ofHours(1));
    BulkResult pushed = client.phones().pushFile(fake.phoneIds(), "obs://bucket/files.tar", "/ignored", FAST)
        .awaitCompletion(Duration.ofHours(1));

    assertThat(installed.succeeded()).hasSize(20);
    assertThat(pushed.succeeded()).hasSize(20);
    assertThat(fake.batchBodies).extracting(body -> body.path("command").asText())
        .containsExactly("install", "push");
  }

  @Test
  void commands_invalidInput_areRefusedBeforeSending() throws Exception {
    start(5, 1, 9);

    assertThatThrownBy(() -> client.phones().runShellCommand(fake.phoneIds(), "rm -rf / ; reboot", FAST))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content");
    assertThatThrownBy(() -> client.phones().installApp(fake.phoneIds(), "https://example.com/app.apk", FAST))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content");
    assertThatThrownBy(() -> client.phones().pushFile(fake.phoneIds(), "obs://bucket/file.zip", "/", FAST))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content");
    assertThat(fake.requestLines).isEmpty();
  }

  @Test
  @Timeout(30)
  void restart_unknownPhones_failWithTheItemsOwnError() throws Exception {
    start(3, 1, 9);

    BulkResult result = client.phones().restart(List.of("phone-00000", "missing-1"), FAST)
        .awaitCompletion(Duration.ofHours(1));

    assertThat(result.item("phone-00000").map(ItemResult::outcome)).contains(ItemOutcome.SUCCEEDED);
    assertThat(result.item("missing-1")).get().satisfies(item -> {
      assertThat(item.outcome()).isEqualTo(ItemOutcome.FAILED);
      assertThat(item.errorCode()).contains("CPS.0005");
      assertThat(item.errorMessage()).contains("Not found.");
    });
  }

  @Test
  @Timeout(30)
  void serversRestart_servers_sendsAtMostOneHundredAndPolls() throws Exception {
    start(0, 130, 11);
    fake.jobFailureRate = 0.1;

    BulkResult result = client.servers().restart(fake.serverIds(), FAST).awaitCompletion(Duration.ofHours(1));

    assertThat(result.items()).hasSize(130);
    assertThat(fake.batchSizes).containsExactlyInAnyOrder(100, 30);
    for (ItemResult item : result.items()) {
      assertThat(item.outcome().name()).isEqualTo(fake.expected.get(item.id()).outcome());
    }
    assertThat(fake.count("POST", "/servers/batch-restart")).isEqualTo(2);
  }

  @Test
  @Timeout(30)
  void jobs_listAndAwait_readTheJobsOfABulkOperation() throws Exception {
    start(130, 2, 13);
    fake.runningReports = 2;
    BulkResult submitted = client.phones().restart(fake.phoneIds(), FAST).submitted().join();
    List<String> jobIds = submitted.items().stream().map(ItemResult::jobId).flatMap(java.util.Optional::stream)
        .collect(Collectors.toList());

    List<Job> now = client.jobs().list(submitted);
    List<Job> done = client.jobs().await(jobIds, Duration.ofHours(1));

    assertThat(now).hasSize(130).allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.RUNNING));
    assertThat(done).extracting(Job::id).containsExactlyElementsOf(jobIds);
    assertThat(done).allSatisfy(job -> {
      assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
      assertThat(job.targetId()).get().asString().startsWith("phone-");
      assertThat(job.endedAt()).isPresent();
    });
    assertThat(fake.count("GET", "/jobs/")).isZero(); // all read through ListJobs by request id
    assertListJobsWithinLimits();
  }

  @Test
  @Timeout(30)
  void jobsAwait_jobsStartedByAnotherClient_areReadOneByOne() throws Exception {
    start(3, 1, 13);
    List<String> jobIds = client.phones().restart(fake.phoneIds(), FAST).submitted().join().items().stream()
        .map(item -> item.jobId().orElseThrow()).toList();

    List<Job> done = newClient().jobs().await(jobIds, Duration.ofMinutes(5)); // knows no request ids

    assertThat(done).extracting(Job::status).containsOnly(JobStatus.SUCCEEDED);
    assertThat(fake.count("GET", "/jobs/job-")).isEqualTo(6); // RUNNING once, then SUCCEEDED
  }

  @Test
  @Timeout(30)
  void jobsAwait_unknownJob_throwsNotFound() throws Exception {
    start(0, 0, 13);

    assertThatThrownBy(() -> client.jobs().await(List.of("missing-job"), Duration.ofMinutes(5)))
        .isInstanceOf(io.cloudphone.core.NotFoundException.class).hasMessageContaining("missing-job");
  }

  private void assertListJobsWithinLimits() {
    assertThat(fake.listJobsCalls).isNotEmpty().allSatisfy((HttpUrl url) -> {
      String many = url.queryParameter("request_ids");
      int requestIds = many == null ? 1 : many.split(",").length;
      assertThat(requestIds).isBetween(1, 20);
      assertThat(Integer.parseInt(url.queryParameter("limit"))).isBetween(1, 100);
    });
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
