package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.JobStatus;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkProgress;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk journal: what it writes, when, how it reads back a torn file, and how a resumed run uses it. */
class BulkJournalTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private final ManualClock clock = ManualClock.autoAdvancing(T0);
  private final BulkEngine engine = new BulkEngine(clock);
  private final List<List<String>> sent = new CopyOnWriteArrayList<>();

  @TempDir
  Path dir;

  private static List<String> ids(int count) {
    return IntStream.range(0, count).mapToObj(i -> "p" + i).collect(Collectors.toList());
  }

  /** Accepts every id under a job; the job of p3 is refused with CPS.0005. */
  private CompletableFuture<Map<String, ItemResult>> accept(List<String> chunk) {
    sent.add(List.copyOf(chunk));
    Map<String, ItemResult> answer = new LinkedHashMap<>();
    for (String id : chunk) {
      answer.put(id, id.equals("p3") ? ItemResult.failed(id, "CPS.0005", "Phone is not found.")
          : ItemResult.builder().id(id).outcome(ItemOutcome.IN_PROGRESS).jobId("job-" + id).build());
    }
    return CompletableFuture.completedFuture(answer);
  }

  private static CompletableFuture<Map<String, ItemResult>> finishAll(List<ItemResult> pending) {
    Map<String, ItemResult> out = new LinkedHashMap<>();
    pending.forEach(item -> out.put(item.id(), ItemResult.builder().from(item).outcome(ItemOutcome.SUCCEEDED)
        .jobStatus(JobStatus.SUCCEEDED).build()));
    return CompletableFuture.completedFuture(out);
  }

  private BulkPlan plan(List<String> ids, boolean repeatable) {
    return new BulkPlan("reset phones", "test:reset", Map.of("source", "obs://b/a.apk"), ids, 2, 100, repeatable,
        this::accept, BulkJournalTest::finishAll);
  }

  private Function<JournalRecord, BulkPlan> plans(boolean repeatable) {
    return record -> plan(record.ids(), repeatable);
  }

  private List<String> lines(Path journal) throws IOException {
    return Files.readAllLines(journal, StandardCharsets.UTF_8);
  }

  private static void append(Path journal, String text) throws IOException {
    Files.writeString(journal, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  @Test
  void journal_completedRun_writesHeaderRequestsAnswersAndOutcomesAsJsonLines() throws IOException {
    Path journal = dir.resolve("run.jsonl");

    engine.start(plan(ids(4), false), BulkOptions.builder().journal(journal).build())
        .awaitCompletion(Duration.ofMinutes(1));

    List<String> lines = lines(journal);
    assertThat(lines.get(0)).startsWith("{\"type\":\"operation\",\"at\":\"2025-01-01T00:00:00Z\"")
        .contains("\"kind\":\"test:reset\"", "\"params\":{\"source\":\"obs://b/a.apk\"}",
            "\"ids\":[\"p0\",\"p1\",\"p2\",\"p3\"]", "\"repeatable\":false");
    assertThat(lines).filteredOn(line -> line.startsWith("{\"type\":\"sent\"")).hasSize(2);
    assertThat(lines).filteredOn(line -> line.startsWith("{\"type\":\"answer\"")).hasSize(2)
        .anySatisfy(line -> assertThat(line).contains("\"id\":\"p3\",\"outcome\":\"FAILED\"",
            "\"errorCode\":\"CPS.0005\""));
    JournalRecord record = BulkJournal.read(journal);
    assertThat(record.ids()).containsExactly("p0", "p1", "p2", "p3");
    assertThat(record.states().values()).allMatch(JournalRecord.IdState::finished);
    assertThat(record.states().get("p0").last().orElseThrow().outcome()).isEqualTo(ItemOutcome.SUCCEEDED);
  }

  @Test
  void journal_eachRequest_isOnDiskBeforeItIsSentAndEachOutcomeBeforeItIsReported() throws IOException {
    Path journal = dir.resolve("order.jsonl");
    List<String> violations = new CopyOnWriteArrayList<>();
    BulkPlan plan = new BulkPlan("restart phones", "test:restart", Map.of(), ids(6), 2, 100, true, chunk -> {
      JournalRecord record = BulkJournal.read(journal);
      chunk.stream().filter(id -> !record.states().containsKey(id)).forEach(id -> violations.add("sent " + id));
      return accept(chunk);
    }, BulkJournalTest::finishAll);
    BulkOptions options = BulkOptions.builder().journal(journal).listener((BulkProgress progress) -> {
      JournalRecord record = BulkJournal.read(journal);
      long onDisk = record.states().values().stream().filter(JournalRecord.IdState::finished).count();
      if (progress.succeeded() + progress.failed() > onDisk) {
        violations.add("reported " + (progress.succeeded() + progress.failed()) + " with " + onDisk + " on disk");
      }
    }).build();

    BulkResult result = engine.start(plan, options).awaitCompletion(Duration.ofMinutes(1));

    assertThat(result.items()).hasSize(6);
    assertThat(violations).isEmpty();
  }

  @Test
  void create_onPosix_isReadableByItsOwnerOnly() throws IOException {
    Path journal = dir.resolve("private.jsonl");
    BulkJournal.create(journal, clock, plan(ids(1), true), ids(1));

    if (journal.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal))).isEqualTo("rw-------");
    }
  }

  @Test
  void read_tornLastLine_isIgnoredAndCutOffBeforeTheResumedRunAppends() throws IOException {
    Path journal = dir.resolve("torn.jsonl");
    BulkJournal.create(journal, clock, plan(ids(4), true), ids(4)); // a crash right after the header
    append(journal, "{\"type\":\"sent\",\"at\":\"2025-01-01T00:00:00Z\",\"ids\":[\"p0\",\"p1\"]}\n");
    append(journal, "{\"type\":\"answer\",\"at\":\"2025-01-01T00:00:00Z\",\"items\":[{\"id\":\"p0\",\"out");

    JournalRecord record = BulkJournal.read(journal);
    assertThat(record.states()).containsOnlyKeys("p0", "p1");
    assertThat(record.states().get("p0").sent()).isTrue();
    assertThat(record.states().get("p0").last()).isEmpty();

    engine.resume(journal, BulkOptions.defaults(), plans(true)).awaitCompletion(Duration.ofMinutes(1));
    assertThat(lines(journal)).allSatisfy(line -> assertThat(line).startsWith("{\"type\":").endsWith("}"));
    assertThat(lines(journal)).anySatisfy(line -> assertThat(line).startsWith("{\"type\":\"resumed\""));
  }

  @Test
  void read_unparsableLineBeforeTheLast_isRejectedAsNotAJournal() throws IOException {
    Path journal = dir.resolve("bad.jsonl");
    BulkJournal.create(journal, clock, plan(ids(2), true), ids(2)); // a crash right after the header
    append(journal, "not json\n{\"type\":\"resumed\",\"at\":\"2025-01-01T00:00:00Z\"}\n");

    assertThatThrownBy(() -> BulkJournal.read(journal)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2 is not a journal line");
  }

  @Test
  void read_fileWithoutHeader_isRejected() throws IOException {
    Path journal = dir.resolve("empty.jsonl");
    Files.writeString(journal, "{\"type\":\"sent\",\"ids\":[]}\n");

    assertThatThrownBy(() -> BulkJournal.read(journal)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not start with its operation");
  }

  @Test
  void read_emptyFile_saysNothingWasSent() throws IOException {
    Path journal = dir.resolve("crashed-at-once.jsonl");
    Files.writeString(journal, "{\"type\":\"operation\",\"kind\"");

    assertThatThrownBy(() -> BulkJournal.read(journal)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing was sent");
  }

  @Test
  void start_journalAlreadyExists_isRefusedBeforeSending() throws IOException {
    Path journal = dir.resolve("exists.jsonl");
    Files.writeString(journal, "");

    assertThatThrownBy(() -> engine.start(plan(ids(2), true), BulkOptions.builder().journal(journal).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
    assertThat(sent).isEmpty();
  }

  @Test
  void resume_eachJournaledState_settledOnceAndNonRepeatableNeverResent() throws IOException {
    Path journal = dir.resolve("crash.jsonl");
    BulkJournal.create(journal, clock, plan(ids(8), false), ids(8)); // a crash right after the header
    sent.clear();
    // What a crash leaves: p0 finished, p1 accepted under a job, p2 refused, p3 sent without answer, p4.. never sent.
    append(journal, "{\"type\":\"sent\",\"ids\":[\"p0\",\"p1\"]}\n"
        + "{\"type\":\"answer\",\"items\":[{\"id\":\"p0\",\"outcome\":\"IN_PROGRESS\",\"jobId\":\"j0\"},"
        + "{\"id\":\"p1\",\"outcome\":\"IN_PROGRESS\",\"jobId\":\"j1\"}]}\n"
        + "{\"type\":\"outcome\",\"items\":[{\"id\":\"p0\",\"outcome\":\"SUCCEEDED\",\"jobId\":\"j0\"}]}\n"
        + "{\"type\":\"sent\",\"ids\":[\"p2\",\"p3\"]}\n"
        + "{\"type\":\"answer\",\"items\":[{\"id\":\"p2\",\"outcome\":\"FAILED\",\"errorCode\":\"CPS.0005\"}]}\n");

    BulkResult result = engine.resume(journal, BulkOptions.defaults(), plans(false))
        .awaitCompletion(Duration.ofMinutes(1));

    Map<String, ItemResult> byId = result.items().stream().collect(Collectors.toMap(ItemResult::id, i -> i));
    assertThat(result.items()).extracting(ItemResult::id).containsExactlyElementsOf(ids(8));
    assertThat(byId.get("p0").outcome()).isEqualTo(ItemOutcome.SUCCEEDED);
    assertThat(byId.get("p1").outcome()).isEqualTo(ItemOutcome.SUCCEEDED);
    assertThat(byId.get("p1").jobId()).contains("j1");
    assertThat(byId.get("p2").errorCode()).contains("CPS.0005");
    assertThat(byId.get("p3").outcome()).isEqualTo(ItemOutcome.FAILED);
    assertThat(byId.get("p3").errorMessage().orElseThrow()).contains("no answer was recorded",
        "the provider offers no way to look it up", "not sent again", "reset phones is not safe to repeat");
    assertThat(sent.stream().flatMap(List::stream)).containsExactly("p4", "p5", "p6", "p7");
    JournalRecord after = BulkJournal.read(journal);
    assertThat(after.states().values()).hasSize(8).allMatch(JournalRecord.IdState::finished);
  }

  @Test
  void resume_repeatableSentWithoutAnswer_isSentAgain() throws IOException {
    Path journal = dir.resolve("restart.jsonl");
    BulkJournal.create(journal, clock, plan(ids(3), true), ids(3)); // a crash right after the header
    append(journal, "{\"type\":\"sent\",\"ids\":[\"p0\",\"p1\"]}\n");

    BulkResult result = engine.resume(journal, BulkOptions.defaults(), plans(true))
        .awaitCompletion(Duration.ofMinutes(1));

    assertThat(sent.stream().flatMap(List::stream)).containsExactly("p0", "p1", "p2");
    assertThat(result.items()).extracting(ItemResult::outcome).containsOnly(ItemOutcome.SUCCEEDED);
  }

  /** A plan whose in-flight check answers {@code traces} (after recording what it was asked about in {@code asked}). */
  private Function<JournalRecord, BulkPlan> plansChecking(boolean repeatable, Map<String, ItemResult> traces,
      Map<String, Instant> asked) {
    InFlightCheck check = InFlightCheck.of("the test provider shows nothing", sentAt -> {
      asked.putAll(sentAt);
      return CompletableFuture.completedFuture(traces);
    });
    return record -> new BulkPlan("reset phones", "test:reset", Map.of(), record.ids(), 2, 100, repeatable,
        this::accept, BulkJournalTest::finishAll, check);
  }

  private Path crashedWithUnanswered(boolean repeatable) throws IOException {
    Path journal = dir.resolve("unanswered.jsonl");
    BulkJournal.create(journal, clock, plan(ids(6), repeatable), ids(6));
    append(journal, "{\"type\":\"sent\",\"at\":\"2025-01-01T00:00:05Z\",\"ids\":[\"p0\",\"p1\"]}\n"
        + "{\"type\":\"sent\",\"at\":\"2025-01-01T00:00:06Z\",\"ids\":[\"p2\",\"p4\"]}\n");
    sent.clear();
    return journal;
  }

  @Test
  void resume_checkShowsWorkAndResults_adoptsAwaitsAndReportsThemWithoutSending() throws IOException {
    Path journal = crashedWithUnanswered(false);
    Map<String, Instant> asked = new LinkedHashMap<>();
    Map<String, ItemResult> traces = Map.of(
        "p0", ItemResult.builder().id("p0").outcome(ItemOutcome.IN_PROGRESS).jobId("t-found").build(),
        "p1", ItemResult.builder().id("p1").outcome(ItemOutcome.SUCCEEDED).build(),
        "p2", ItemResult.failed("p2", "InstanceStatus.Invalid", "the provider refused it"));

    BulkResult result = engine.resume(journal, BulkOptions.defaults(), plansChecking(false, traces, asked))
        .awaitCompletion(Duration.ofMinutes(1));

    assertThat(asked).containsOnly(Map.entry("p0", Instant.parse("2025-01-01T00:00:05Z")),
        Map.entry("p1", Instant.parse("2025-01-01T00:00:05Z")), Map.entry("p2", Instant.parse("2025-01-01T00:00:06Z")),
        Map.entry("p4", Instant.parse("2025-01-01T00:00:06Z")));
    Map<String, ItemResult> byId = result.items().stream().collect(Collectors.toMap(ItemResult::id, i -> i));
    assertThat(byId.get("p0").outcome()).isEqualTo(ItemOutcome.SUCCEEDED); // adopted, then awaited by the poller
    assertThat(byId.get("p0").jobId()).contains("t-found");
    assertThat(byId.get("p1").outcome()).isEqualTo(ItemOutcome.SUCCEEDED);
    assertThat(byId.get("p2").errorCode()).contains("InstanceStatus.Invalid");
    assertThat(byId.get("p4").errorMessage().orElseThrow())
        .contains("the test provider shows nothing", "not sent again");
    assertThat(sent.stream().flatMap(List::stream)).containsExactly("p3", "p5");
    JournalRecord after = BulkJournal.read(journal);
    assertThat(after.states().values()).hasSize(6).allMatch(JournalRecord.IdState::finished);
  }

  @Test
  void resume_checkShowsNothingForARepeatablePlan_sendsThoseAgain() throws IOException {
    Path journal = crashedWithUnanswered(true);
    Map<String, ItemResult> traces = Map.of("p1", ItemResult.builder().id("p1").outcome(ItemOutcome.SUCCEEDED).build());

    BulkResult result = engine.resume(journal, BulkOptions.defaults(), plansChecking(true, traces,
        new LinkedHashMap<>())).awaitCompletion(Duration.ofMinutes(1));

    assertThat(sent.stream().flatMap(List::stream)).containsExactly("p0", "p2", "p3", "p4", "p5");
    assertThat(result.items()).filteredOn(item -> !item.id().equals("p3")) // p3: refused by the test provider
        .extracting(ItemResult::outcome).containsOnly(ItemOutcome.SUCCEEDED);
  }

  @Test
  void resume_checkItselfFails_nonRepeatableFailsUnjournaledSoTheNextResumeChecksAgain() throws IOException {
    Path journal = crashedWithUnanswered(false);
    InFlightCheck broken = InFlightCheck.of("unused", sentAt ->
        CompletableFuture.failedFuture(new IllegalStateException("provider unreachable")));
    Function<JournalRecord, BulkPlan> plans = record -> new BulkPlan("reset phones", "test:reset", Map.of(),
        record.ids(), 2, 100, false, this::accept, BulkJournalTest::finishAll, broken);

    BulkResult result = engine.resume(journal, BulkOptions.defaults(), plans).awaitCompletion(Duration.ofMinutes(1));

    Map<String, ItemResult> byId = result.items().stream().collect(Collectors.toMap(ItemResult::id, i -> i));
    assertThat(List.of("p0", "p1", "p2", "p4")).allSatisfy(id -> assertThat(byId.get(id).errorMessage()
        .orElseThrow()).contains("provider unreachable", "resume the journal again"));
    assertThat(sent.stream().flatMap(List::stream)).containsExactly("p3", "p5");
    assertThat(BulkJournal.read(journal).states().get("p0").unanswered()).isTrue();
  }

  @Test
  void resume_cancelledWhileChecking_sendsNothingAndLeavesTheRestUnsent() throws IOException {
    Path journal = crashedWithUnanswered(false);
    CompletableFuture<Map<String, ItemResult>> slow = new CompletableFuture<>();
    Function<JournalRecord, BulkPlan> plans = record -> new BulkPlan("reset phones", "test:reset", Map.of(),
        record.ids(), 2, 100, false, this::accept, BulkJournalTest::finishAll, InFlightCheck.of("x", s -> slow));

    BulkOperation operation = engine.resume(journal, BulkOptions.defaults(), plans);
    operation.cancel();
    slow.complete(Map.of());

    BulkResult result = operation.submitted().join();
    assertThat(sent).isEmpty();
    assertThat(result.items()).filteredOn(item -> List.of("p3", "p5").contains(item.id()))
        .extracting(ItemResult::outcome).containsOnly(ItemOutcome.NOT_ATTEMPTED);
  }

  @Test
  void cancel_beforeAnyRequest_leavesAJournalWhoseResumeSendsEveryId() throws IOException {
    Path journal = dir.resolve("cancel.jsonl");
    ManualClock still = ManualClock.startingAt(T0);
    BulkOperation operation = new BulkEngine(still).start(plan(ids(5), false),
        BulkOptions.builder().journal(journal).requestsPerSecond(0.001).maxConcurrency(1).build());
    still.advance(Duration.ofMillis(1)); // the first permit is due at once; the rest are far away
    operation.cancel();
    still.advance(Duration.ofDays(1));
    BulkResult cancelled = operation.submitted().join();
    assertThat(cancelled.items()).extracting(ItemResult::outcome).contains(ItemOutcome.NOT_ATTEMPTED);
    assertThat(lines(journal)).anySatisfy(line -> assertThat(line).startsWith("{\"type\":\"cancelled\""));
    List<String> firstRun = new ArrayList<>(sent.stream().flatMap(List::stream).toList());
    sent.clear();

    BulkResult resumed = engine.resume(journal, BulkOptions.defaults(), plans(false))
        .awaitCompletion(Duration.ofMinutes(1));

    List<String> all = new ArrayList<>(firstRun);
    sent.forEach(all::addAll);
    assertThat(all).containsExactlyInAnyOrderElementsOf(ids(5));
    assertThat(resumed.items()).extracting(ItemResult::outcome).doesNotContain(ItemOutcome.NOT_ATTEMPTED);
  }
}
