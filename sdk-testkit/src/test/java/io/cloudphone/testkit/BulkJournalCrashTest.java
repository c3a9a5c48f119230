package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.BulkJournal;
import io.cloudphone.core.internal.JournalRecord;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journaled bulk operation killed in a child JVM ({@code destroyForcibly}) at a point chosen by watching its
 * journal grow, then resumed here from the journal: every id gets exactly one outcome, and a reset is never sent
 * twice for the same phone, as the fake's request log (which names each request's phones) witnesses. The run sends
 * {@value #CHUNK} phones a request. The fake, served by this JVM on 127.0.0.1, answers each reset/restart after
 * 150 ms of real latency (it acts before it answers, so a kill in that window leaves a request the provider did
 * receive, which the resumed run finds through the phones' status) and finishes jobs after 1.5 s. Kill points: once
 * the first request is journaled (it has usually not left the child yet), once the fake got it but before its
 * answer, mid-way, and while awaiting the jobs.
 */
class BulkJournalCrashTest {
  /** Phones per request, in the child and in the resumed run. */
  static final int CHUNK = 4;
  private static final int PHONES = 12;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration BOUND = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  /** Kill points, read from the journal (how far the child got) and the fake's log (what reached it). */
  private static final BiPredicate<JournalRecord, RequestLog> BEFORE_FIRST_ANSWER = (record, log) -> noAnswer(record);
  /** The fake got the first request (it logs it, then waits 150 ms to answer), the child has no answer yet. */
  private static final BiPredicate<JournalRecord, RequestLog> RECEIVED_BEFORE_FIRST_ANSWER = (record, log) ->
      noAnswer(record) && !log.requests().isEmpty();
  private static final BiPredicate<JournalRecord, RequestLog> MIDWAY = (record, log) -> answered(record) >= 2
      && answered(record) < record.ids().size();
  private static final BiPredicate<JournalRecord, RequestLog> AWAITING = (record, log) ->
      answered(record) == record.ids().size()
          && record.states().values().stream().anyMatch(JournalRecord.IdState::accepted);

  private static boolean noAnswer(JournalRecord record) {
    return !record.states().isEmpty() && record.states().values().stream().allMatch(state -> state.last().isEmpty());
  }

  private static long answered(JournalRecord record) {
    return record.states().values().stream().filter(state -> state.last().isPresent()).count();
  }

  @Test
  void reset_killedAfterTheFakeGotTheFirstRequestBeforeItsAnswer_checkedFirstAndEachPhoneResetOnce()
      throws Exception {
    Scenario run = crashAndResume("reset", RECEIVED_BEFORE_FIRST_ANSWER);

    run.assertEachIdSettledOnce();
    run.assertNoPhoneResetTwice();
    // Every phone got exactly one reset, the first chunk's from the killed child: the resumed run looked at the
    // phones' status before sending anything and did not send it again.
    assertThat(run.fake.requestLog().countByPhone("ResetCloudPhone")).containsOnlyKeys(run.ids)
        .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
    List<String> afterKill = run.resumedOperations();
    assertThat(afterKill.indexOf("ListCloudPhones")).isNotNegative().isLessThan(afterKill.indexOf("ResetCloudPhone"));
    // Found resetting, it is adopted and awaited; only a resume slower than the 1.5 s job would find no trace.
    for (String id : run.ids.subList(0, CHUNK)) {
      ItemResult item = run.byId().get(id);
      if (item.outcome() != ItemOutcome.SUCCEEDED) {
        assertThat(item.errorMessage().orElseThrow()).as(id).contains("no answer was recorded", "not sent again");
      }
    }
    assertThat(run.ids.subList(CHUNK, run.ids.size())).allSatisfy(id ->
        assertThat(run.byId().get(id).outcome()).isEqualTo(ItemOutcome.SUCCEEDED));
  }

  @Test
  void reset_killedMidway_eachPhoneSettledOnceAndNoneResetTwice() throws Exception {
    Scenario run = crashAndResume("reset", MIDWAY);

    run.assertEachIdSettledOnce();
    run.assertNoPhoneResetTwice();
  }

  @Test
  void reset_killedWhileAwaitingJobs_jobsAreReadBackAndNothingIsSentAgain() throws Exception {
    Scenario run = crashAndResume("reset", AWAITING);

    run.assertEachIdSettledOnce();
    run.assertNoPhoneResetTwice();
    assertThat(run.fake.requestLog().countByPhone("ResetCloudPhone")).containsOnlyKeys(run.ids)
        .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
    assertThat(run.result.items()).extracting(ItemResult::outcome).containsOnly(ItemOutcome.SUCCEEDED);
  }

  @Test
  void restart_killedBeforeTheFirstAnswer_foundRestartingIsAwaitedElseSentAgain() throws Exception {
    Scenario run = crashAndResume("restart", BEFORE_FIRST_ANSWER);

    run.assertEachIdSettledOnce();
    assertThat(run.result.items()).extracting(ItemResult::outcome).containsOnly(ItemOutcome.SUCCEEDED);
    // A first-chunk phone the fake got the restart for is found restarting and awaited, not restarted again; only a
    // request still on its way when the check ran could make a second one.
    Map<String, Long> restarts = run.fake.requestLog().countByPhone("RestartCloudPhone");
    assertThat(restarts).containsOnlyKeys(run.ids);
    assertThat(run.ids.subList(CHUNK, run.ids.size())).allSatisfy(id ->
        assertThat(restarts.get(id)).as(id).isEqualTo(1L));
    assertThat(run.ids.subList(0, CHUNK)).allSatisfy(id -> assertThat(restarts.get(id)).as(id).isBetween(1L, 2L));
  }

  private Scenario crashAndResume(String operation, BiPredicate<JournalRecord, RequestLog> killWhen)
      throws Exception {
    FakeHuaweiCph fake = FakeHuaweiCph.start(
        Fleet.builder().servers(1).phonesPerServer(PHONES).jobDuration(Duration.ofMillis(1500)).build(),
        FaultPlan.builder().latency(Duration.ofMillis(150)).operations("ResetCloudPhone", "RestartCloudPhone")
            .build(), FakeTime.real());
    try {
      List<String> ids = fake.phoneIds();
      Path journal = dir.resolve(operation + ".jsonl");
      Process child = startChild(fake, operation, journal, ids);
      try {
        waitFor(journal, killWhen, fake.requestLog(), child);
      } finally {
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("child killed").isTrue();
      }
      int beforeResume = fake.requestLog().requests().size();
      BulkResult result = fake.client().phones()
          .resume(journal, BulkOptions.builder().chunkSize(CHUNK).build()).awaitCompletion(BOUND);
      return new Scenario(fake, ids, journal, result, beforeResume);
    } finally {
      fake.close();
    }
  }

  private Process startChild(FakeHuaweiCph fake, String operation, Path journal, List<String> ids)
      throws IOException {
    String classPath = Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
        .filter(part -> part != null && !part.isEmpty()).collect(Collectors.joining(File.pathSeparator));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classPath,
        JournalChildMain.class.getName(), operation, journal.toString(), String.join(",", ids))
        .redirectErrorStream(true).redirectOutput(dir.resolve(operation + ".out").toFile());
    Map<String, String> env = builder.environment();
    env.put("FAKE_ENDPOINT", fake.endpoint().toString());
    env.put("FAKE_REGION", fake.region());
    env.put("FAKE_PROJECT", fake.projectId());
    env.put("FAKE_AK", fake.credentials().accessKeyId());
    env.put("FAKE_SK", fake.credentials().secretAccessKey());
    return builder.start();
  }

  /** Watches the journal until {@code killWhen} holds; fails when the child ends first or the bound passes. */
  private void waitFor(Path journal, BiPredicate<JournalRecord, RequestLog> killWhen, RequestLog log,
      Process child) throws Exception {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(journal) && Files.size(journal) > 0) {
        JournalRecord record = readWhenHeaderComplete(journal);
        if (record != null && killWhen.test(record, log)) {
          return;
        }
      }
      if (!child.isAlive()) {
        throw new AssertionError("the child ended before the kill point: " + childOutput());
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the kill point never came within " + BOUND + ": " + childOutput());
  }

  /** The journal as read now, or null while its header is still being written. */
  private static JournalRecord readWhenHeaderComplete(Path journal) {
    try {
      return BulkJournal.read(journal);
    } catch (IllegalArgumentException headerNotYetWritten) {
      return null;
    }
  }

  private String childOutput() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> out = new ArrayList<>();
      for (Path file : files.filter(path -> path.toString().endsWith(".out")).toList()) {
        out.add(Files.readString(file));
      }
      return String.join("\n", out);
    }
  }

  private record Scenario(FakeHuaweiCph fake, List<String> ids, Path journal, BulkResult result,
      int beforeResume) {
    /** The operations of the requests the resumed run made, in order. */
    List<String> resumedOperations() {
      List<LoggedRequest> all = fake.requestLog().requests();
      return all.subList(beforeResume, all.size()).stream().map(LoggedRequest::operation).toList();
    }

    Map<String, ItemResult> byId() {
      return result.items().stream().collect(Collectors.toMap(ItemResult::id, item -> item));
    }

    /** One final result per id, and in the journal one final outcome per id (a settled id is not settled again). */
    void assertEachIdSettledOnce() throws IOException {
      assertThat(result.items()).extracting(ItemResult::id).containsExactlyElementsOf(ids);
      assertThat(result.items()).extracting(ItemResult::outcome)
          .isSubsetOf(ItemOutcome.SUCCEEDED, ItemOutcome.FAILED);
      Map<String, Integer> finals = new HashMap<>();
      for (JsonNode line : lines("answer", "outcome")) {
        line.path("items").forEach(item -> {
          String outcome = item.path("outcome").asText();
          if (outcome.equals("SUCCEEDED") || outcome.equals("FAILED")) {
            finals.merge(item.path("id").asText(), 1, Integer::sum);
          }
        });
      }
      assertThat(finals).containsOnlyKeys(ids).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
    }

    /**
     * The fake's request log is the witness: counted per phone over every ResetCloudPhone it received (from the
     * killed child and the resumed run alike), no phone got two; and the journal records no phone sent twice.
     */
    void assertNoPhoneResetTwice() throws IOException {
      assertThat(fake.requestLog().countByPhone("ResetCloudPhone"))
          .allSatisfy((id, count) -> assertThat(count).as(id).isLessThanOrEqualTo(1L));
      Map<String, Integer> sends = new HashMap<>();
      lines("sent").forEach(line -> line.path("ids").forEach(id -> sends.merge(id.asText(), 1, Integer::sum)));
      assertThat(sends.values()).allMatch(count -> count == 1);
    }

    private List<JsonNode> lines(String... types) throws IOException {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
        JsonNode node = JSON.readTree(line);
        if (List.of(types).contains(node.path("type").asText())) {
          out.add(node);
        }
      }
      return out;
    }
  }
}
