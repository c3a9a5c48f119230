package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.JobStatus;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.Provider;
import io.cloudphone.core.ServiceError;
import io.cloudphone.core.ServiceUnavailableException;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkProgress;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.BulkTimeoutException;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bulk engine against fake submitters and pollers, on virtual time. */
class BulkEngineTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private final ManualClock clock = ManualClock.autoAdvancing(T0);
  private final BulkEngine engine = new BulkEngine(clock);
  private final List<List<String>> chunksSent = new CopyOnWriteArrayList<>();

  private static List<String> ids(int count) {
    return IntStream.range(0, count).mapToObj(i -> "p" + i).collect(Collectors.toList());
  }

  /** Accepts every id as a job, except that ids divisible by 7 fail inside the (200) answer. */
  private CompletableFuture<Map<String, ItemResult>> acceptWithItemErrors(List<String> chunk) {
    chunksSent.add(List.copyOf(chunk));
    Map<String, ItemResult> answer = new HashMap<>();
    for (String id : chunk) {
      int n = Integer.parseInt(id.substring(1));
      answer.put(id, n % 7 == 0 ? ItemResult.failed(id, "CPS.0005", "Phone is not found.")
          : ItemResult.builder().id(id).outcome(ItemOutcome.IN_PROGRESS).jobId("job-" + id).build());
    }
    return CompletableFuture.completedFuture(answer);
  }

  /** Jobs finish on the second poll; job of ids divisible by 11 fails. */
  private final Map<String, Integer> polls = new HashMap<>();

  private synchronized CompletableFuture<Map<String, ItemResult>> finishOnSecondPoll(List<ItemResult> pending) {
    Map<String, ItemResult> updates = new HashMap<>();
    for (ItemResult item : pending) {
      int seen = polls.merge(item.id(), 1, Integer::sum);
      if (seen >= 2) {
        boolean fails = Integer.parseInt(item.id().substring(1)) % 11 == 0;
        updates.put(item.id(), ItemResult.builder().from(item)
            .outcome(fails ? ItemOutcome.FAILED : ItemOutcome.SUCCEEDED)
            .jobStatus(fails ? JobStatus.FAILED : JobStatus.SUCCEEDED)
            .errorCode(fails ? Optional.of("CPS.0054") : Optional.empty()).build());
      }
    }
    return CompletableFuture.completedFuture(updates);
  }

  @Test
  void tenThousandIds_withRepeatsAndItemErrors_eachReportedExactlyOnce() {
    List<String> input = new ArrayList<>(ids(10_000));
    input.addAll(ids(50)); // repeated ids are reported once

    BulkOperation operation = engine.start("restart phones", input, 100, 50,
        BulkOptions.builder().maxConcurrency(16).build(), this::acceptWithItemErrors, this::finishOnSecondPoll);
    BulkResult result = operation.awaitCompletion(Duration.ofHours(1));

    assertThat(operation.ids()).hasSize(10_000);
    assertThat(result.items()).hasSize(10_000);
    assertThat(result.byId().keySet()).containsExactlyElementsOf(ids(10_000));
    assertThat(chunksSent).hasSize(100).allSatisfy(chunk -> assertThat(chunk).hasSizeLessThanOrEqualTo(100));
    assertThat(chunksSent.stream().mapToInt(List::size).sum()).isEqualTo(10_000);
    long itemErrors = ids(10_000).stream().filter(id -> Integer.parseInt(id.substring(1)) % 7 == 0).count();
    long jobErrors = ids(10_000).stream().map(id -> Integer.parseInt(id.substring(1)))
        .filter(n -> n % 7 != 0 && n % 11 == 0).count();
    assertThat(result.failed()).hasSize((int) (itemErrors + jobErrors));
    assertThat(result.succeeded()).hasSize((int) (10_000 - itemErrors - jobErrors));
    assertThat(result.byId().get("p7").errorCode()).hasValue("CPS.0005");
    assertThat(result.byId().get("p11").errorCode()).hasValue("CPS.0054");
    assertThat(result.byId().get("p1").jobId()).hasValue("job-p1");
    assertThat(result.isComplete()).isTrue();
    assertThat(operation.progress().phase()).isEqualTo(BulkProgress.Phase.DONE);
  }

  @Test
  void failedChunk_failsEachOfItsIds_withTheProviderCode() {
    ServiceError error = new ServiceError(Provider.HUAWEI, 503, "CPS.0003", "Service internal error.", Optional.empty());
    AtomicInteger calls = new AtomicInteger();
    BulkOperation operation = engine.start("stop phones", ids(250), 100, 50, BulkOptions.defaults(),
        chunk -> calls.incrementAndGet() == 2
            ? CompletableFuture.failedFuture(new ServiceUnavailableException(error, null))
            : acceptWithItemErrors(chunk),
        CompletionPoller.none());

    BulkResult submitted = operation.submitted().join();

    assertThat(submitted.items()).hasSize(250);
    assertThat(submitted.failed().stream().filter(i -> i.errorCode().equals(Optional.of("CPS.0003"))))
        .hasSize(100);
  }

  @Test
  void submitterThatOmitsAnId_reportsItFailed_notLost() {
    BulkResult result = engine.start("reset phones", ids(3), 10, 50, BulkOptions.defaults(),
        chunk -> CompletableFuture.completedFuture(Map.of("p0", ItemResult.builder().id("p0")
            .outcome(ItemOutcome.SUCCEEDED).build())), CompletionPoller.none()).awaitCompletion(Duration.ofMinutes(1));
    assertThat(result.byId().get("p1").outcome()).isEqualTo(ItemOutcome.FAILED);
    assertThat(result.byId().get("p1").errorMessage().orElseThrow()).contains("did not mention");
  }

  @Test
  void cancelMidway_unsentIdsAreNotAttempted_sentOnesKeepTheirOutcome() {
    List<CompletableFuture<Map<String, ItemResult>>> held = new CopyOnWriteArrayList<>();
    ManualClock manual = ManualClock.startingAt(T0);
    BulkOperation operation = new BulkEngine(manual).start("restart phones", ids(1_000), 100, 1_000,
        BulkOptions.builder().maxConcurrency(2).build(), chunk -> {
          CompletableFuture<Map<String, ItemResult>> answer = new CompletableFuture<>();
          held.add(answer);
          chunksSent.add(chunk);
          return answer;
        }, CompletionPoller.none());

    assertThat(held).hasSize(2);
    operation.cancel();
    held.forEach(answer -> answer.complete(Map.of()));
    BulkResult result = operation.submitted().join();

    assertThat(result.items()).hasSize(1_000);
    assertThat(result.notAttempted()).hasSize(800);
    assertThat(result.failed()).hasSize(200); // answered without mentioning the ids
    assertThat(chunksSent).hasSize(2);
  }

  @Test
  void timeout_throwsWithPartialResult_inProgressItemsMarked() {
    BulkOperation operation = engine.start("restart phones", ids(10), 10, 50, BulkOptions.defaults(),
        this::acceptWithItemErrors, pending -> CompletableFuture.completedFuture(Map.of()));

    assertThatThrownBy(() -> operation.awaitCompletion(Duration.ofMinutes(2)))
        .isInstanceOfSatisfying(BulkTimeoutException.class, e -> {
          BulkResult partial = e.partialResult();
          assertThat(partial.items()).hasSize(10);
          assertThat(partial.inProgress()).hasSize(8);
          assertThat(partial.failed()).extracting(ItemResult::id).containsExactly("p0", "p7");
        });
    assertThat(clock.instant()).isBetween(T0.plus(Duration.ofMinutes(2)), T0.plus(Duration.ofMinutes(3)));
  }

  @Test
  void pollingErrors_areRetried_notTurnedIntoItemFailures() {
    AtomicInteger polls = new AtomicInteger();
    BulkResult result = engine.start("restart phones", ids(5), 10, 50, BulkOptions.defaults(),
        chunk -> CompletableFuture.completedFuture(chunk.stream().collect(Collectors.toMap(id -> id,
            id -> ItemResult.builder().id(id).outcome(ItemOutcome.IN_PROGRESS).jobId("j").build()))),
        pending -> polls.incrementAndGet() < 3 ? CompletableFuture.failedFuture(new IllegalStateException("503"))
            : CompletableFuture.completedFuture(pending.stream().collect(Collectors.toMap(ItemResult::id,
                item -> ItemResult.builder().from(item).outcome(ItemOutcome.SUCCEEDED).build()))))
        .awaitCompletion(Duration.ofMinutes(5));
    assertThat(result.succeeded()).hasSize(5);
    assertThat(polls).hasValue(3);
  }

  @Test
  void rate_spacesRequestsOnTheClock() {
    engine.start("run shell", ids(10), 1, 0.1, BulkOptions.builder().maxConcurrency(1).build(),
        this::acceptWithItemErrors, CompletionPoller.none()).submitted().join();
    // ten single-id requests at one per ten seconds: the last starts 90 s after the first
    assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofSeconds(90)));
  }

  @Test
  void progress_reportsToTheListener_endingDone() {
    List<BulkProgress> seen = new CopyOnWriteArrayList<>();
    engine.start("stop phones", ids(300), 100, 50, BulkOptions.builder().listener(seen::add).build(),
        this::acceptWithItemErrors, this::finishOnSecondPoll).awaitCompletion(Duration.ofMinutes(10));
    assertThat(seen).isNotEmpty();
    BulkProgress last = seen.get(seen.size() - 1);
    assertThat(last.phase()).isEqualTo(BulkProgress.Phase.DONE);
    assertThat(last.settled()).isEqualTo(300);
    assertThat(last.inFlight()).isZero();
  }

  @Test
  void emptyInput_completesAtOnce() {
    BulkResult result = engine.start("restart phones", List.of(), 100, 50, BulkOptions.defaults(),
        this::acceptWithItemErrors, CompletionPoller.none()).awaitCompletion(Duration.ofSeconds(1));
    assertThat(result.items()).isEmpty();
    assertThat(chunksSent).isEmpty();
  }

  @Test
  void randomFailuresAcrossManyRuns_neverLoseOrDuplicateAnId() {
    Random random = new Random(42);
    for (int run = 0; run < 20; run++) {
      int size = 1 + random.nextInt(700);
      BulkResult result = engine.start("reset phones", ids(size), 1 + random.nextInt(60), 100,
          BulkOptions.builder().maxConcurrency(1 + random.nextInt(8)).build(),
          chunk -> random.nextInt(5) == 0 ? CompletableFuture.failedFuture(new IllegalStateException("dropped"))
              : acceptWithItemErrors(chunk),
          this::finishOnSecondPoll).awaitCompletion(Duration.ofHours(1));
      assertThat(result.byId().keySet()).containsExactlyElementsOf(ids(size));
      assertThat(result.isComplete()).isTrue();
    }
  }
}
