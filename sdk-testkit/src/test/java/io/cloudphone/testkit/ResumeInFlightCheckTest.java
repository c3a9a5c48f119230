package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.Provider;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resuming a journal whose last request for two phones was sent without a recorded answer, per provider, operation
 * and what the provider shows, on virtual time: before anything is sent again, the resumed run looks the phones up
 * in one batched call, and the requests that went over the wire (per phone, from the fake's request log) prove that
 * work the provider got is adopted, not repeated, and that a non-idempotent operation is never sent twice.
 */
class ResumeInFlightCheckTest {
  private static final Duration LONG = Duration.ofHours(1);

  @TempDir
  Path dir;

  /** What the provider got before the crash. */
  enum Before {
    /** Nothing: the crash came before the request left. */
    NOT_SENT,
    /** The request: the phones are mid-operation (transitional state, running task). */
    RECEIVED,
    /** Nothing, but the phones are already where the operation puts them (a start of running phones). */
    ALREADY_THERE,
    /** An earlier request of the same operation, which ended more than the allowed clock skew before this one. */
    RECEIVED_EARLIER,
    /** The request, and the work failed on the phones since (the fault plan fails them). */
    FAILED_SINCE
  }

  /**
   * One row.
   *
   * @param provider whose fake
   * @param kind the operation, as the journal names it
   * @param wire the provider operation that carries it
   * @param repeatable whether the journal's operation may be sent twice
   * @param before what the provider got before the crash
   * @param outcome each phone's outcome after the resume
   * @param resent requests of {@code wire} per phone that the resumed run sends
   * @param lookUp the look-up the resumed run makes first, naming both phones in one call (null: none)
   * @param message what a FAILED phone's message says (null: not failed)
   */
  record Row(Provider provider, String kind, String wire, boolean repeatable, Before before, ItemOutcome outcome,
      long resent, String lookUp, String message) {
    @Override
    public String toString() {
      return provider + " " + kind + " " + before;
    }
  }

  private static Row row(Provider provider, String kind, String wire, boolean repeatable, Before before,
      ItemOutcome outcome, long resent, String lookUp, String message) {
    return new Row(provider, kind, wire, repeatable, before, outcome, resent, lookUp, message);
  }

  static Stream<Row> rows() {
    Provider hw = Provider.HUAWEI;
    Provider ali = Provider.ALIBABA;
    ItemOutcome ok = ItemOutcome.SUCCEEDED;
    ItemOutcome failed = ItemOutcome.FAILED;
    String phones = "ListCloudPhones";
    String tasks = "DescribeTasks";
    String instances = "DescribeAndroidInstances";
    String untraceable = "CPH cannot be asked about it";
    return Stream.of(
        // Huawei: lifecycle through the phones' status, commands cannot be traced without their answer.
        row(hw, "restart", "RestartCloudPhone", true, Before.RECEIVED, ok, 0, phones, null),
        row(hw, "restart", "RestartCloudPhone", true, Before.NOT_SENT, ok, 1, phones, null),
        row(hw, "start", "RestartCloudPhone", true, Before.RECEIVED, ok, 0, phones, null),
        row(hw, "start", "RestartCloudPhone", true, Before.ALREADY_THERE, ok, 0, phones, null),
        row(hw, "start", "RestartCloudPhone", true, Before.NOT_SENT, ok, 1, phones, null),
        row(hw, "stop", "StopCloudPhone", true, Before.RECEIVED, ok, 0, phones, null),
        row(hw, "stop", "StopCloudPhone", true, Before.ALREADY_THERE, ok, 0, phones, null),
        row(hw, "stop", "StopCloudPhone", true, Before.NOT_SENT, ok, 1, phones, null),
        row(hw, "reset", "ResetCloudPhone", false, Before.RECEIVED, ok, 0, phones, null),
        row(hw, "reset", "ResetCloudPhone", false, Before.NOT_SENT, failed, 0, phones,
            "ListCloudPhones shows the phone neither resetting"),
        row(hw, "command", "RunShellCommand", false, Before.RECEIVED, failed, 0, null, untraceable),
        row(hw, "command", "RunShellCommand", false, Before.NOT_SENT, failed, 0, null, untraceable),
        row(hw, "install", "InstallApk", false, Before.RECEIVED, failed, 0, null, untraceable),
        row(hw, "install", "InstallApk", false, Before.NOT_SENT, failed, 0, null, untraceable),
        row(hw, "push", "PushFile", false, Before.RECEIVED, failed, 0, null, untraceable),
        row(hw, "push", "PushFile", false, Before.NOT_SENT, failed, 0, null, untraceable),
        // Huawei: a status older than the request tells nothing; a failed status since the request is the outcome.
        row(hw, "reset", "ResetCloudPhone", false, Before.RECEIVED_EARLIER, failed, 0, phones,
            "ListCloudPhones shows the phone neither resetting"),
        row(hw, "restart", "RestartCloudPhone", true, Before.RECEIVED_EARLIER, ok, 1, phones, null),
        row(hw, "reset", "ResetCloudPhone", false, Before.FAILED_SINCE, failed, 0, phones,
            "CPH shows the phone in status -5 (resetting failed)"),
        row(hw, "restart", "RestartCloudPhone", true, Before.FAILED_SINCE, failed, 0, phones,
            "CPH shows the phone in status -6 (restarting failed)"),
        // Alibaba: start and stop through the instances' state, the rest through each instance's own task.
        row(ali, "restart", "RebootAndroidInstancesInGroup", true, Before.RECEIVED, ok, 0, tasks, null),
        row(ali, "restart", "RebootAndroidInstancesInGroup", true, Before.NOT_SENT, ok, 1, tasks, null),
        row(ali, "start", "StartAndroidInstance", true, Before.RECEIVED, ok, 0, instances, null),
        row(ali, "start", "StartAndroidInstance", true, Before.ALREADY_THERE, ok, 0, instances, null),
        row(ali, "start", "StartAndroidInstance", true, Before.NOT_SENT, ok, 1, instances, null),
        row(ali, "stop", "StopAndroidInstance", true, Before.RECEIVED, ok, 0, instances, null),
        row(ali, "stop", "StopAndroidInstance", true, Before.ALREADY_THERE, ok, 0, instances, null),
        row(ali, "stop", "StopAndroidInstance", true, Before.NOT_SENT, ok, 1, instances, null),
        row(ali, "reset", "ResetAndroidInstancesInGroup", false, Before.RECEIVED, ok, 0, tasks, null),
        row(ali, "reset", "ResetAndroidInstancesInGroup", false, Before.NOT_SENT, failed, 0, tasks,
            "DescribeTasks shows no ResetInstance task on the instance since then"),
        row(ali, "command", "RunSyncCommand", false, Before.RECEIVED, ok, 0, tasks, null),
        row(ali, "command", "RunSyncCommand", false, Before.NOT_SENT, failed, 0, tasks,
            "DescribeTasks shows no RunCommand or RunSyncCommand task"),
        row(ali, "install", "InstallApp", false, Before.RECEIVED, ok, 0, tasks, null),
        row(ali, "install", "InstallApp", false, Before.NOT_SENT, failed, 0, tasks,
            "DescribeTasks shows no InstallApp task"),
        row(ali, "push", "SendFile", false, Before.RECEIVED, ok, 0, tasks, null),
        row(ali, "push", "SendFile", false, Before.NOT_SENT, failed, 0, tasks, "DescribeTasks shows no SendFile task"),
        // Alibaba: a task that started before the request (beyond the clock skew) is not its task; a failed one is.
        row(ali, "reset", "ResetAndroidInstancesInGroup", false, Before.RECEIVED_EARLIER, failed, 0, tasks,
            "DescribeTasks shows no ResetInstance task on the instance since then"),
        row(ali, "install", "InstallApp", false, Before.RECEIVED_EARLIER, failed, 0, tasks,
            "DescribeTasks shows no InstallApp task"),
        row(ali, "reset", "ResetAndroidInstancesInGroup", false, Before.FAILED_SINCE, failed, 0, tasks,
            "ResetInstance failed on the instance"),
        row(ali, "install", "InstallApp", false, Before.FAILED_SINCE, failed, 0, tasks,
            "InstallApp failed on the instance"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void resume_sentWithoutAnswer_checkedBeforeAnythingIsSentAgain(Row row) throws IOException {
    // Start rows need stopped phones, except when they are already running; stop rows the reverse.
    boolean stopped = row.kind().equals("start") ? row.before() != Before.ALREADY_THERE
        : row.kind().equals("stop") && row.before() == Before.ALREADY_THERE;
    Fleet fleet = Fleet.builder().servers(1).phonesPerServer(3)
        .phoneStatuses(List.of(stopped ? PhoneStatus.STOPPED : PhoneStatus.RUNNING)).build();
    FaultPlan faults = row.before() == Before.FAILED_SINCE
        ? FaultPlan.builder().failingPhones(fleet.phoneName(0, 0), fleet.phoneName(0, 1)).build() : FaultPlan.none();
    try (CloudPhoneFake<?> fake = row.provider() == Provider.HUAWEI
        ? FakeHuaweiCph.start(fleet, faults, FakeTime.virtual())
        : FakeAlibabaCloudPhone.start(fleet, faults, FakeTime.virtual())) {
      CloudPhoneClient cloud = fake.client();
      List<String> ids = fake.phoneIds().subList(0, 2);
      Instant sentAt = fake.time().now();
      if (row.before() != Before.NOT_SENT && row.before() != Before.ALREADY_THERE) {
        operation(row.kind()).apply(cloud, ids).submitted().join(); // the request of the run that crashed
      }
      if (row.before() == Before.RECEIVED_EARLIER) {
        fake.time().advance(Duration.ofMinutes(5)); // that request's work is over; this one left five minutes later
        sentAt = fake.time().now();
      } else if (row.before() == Before.FAILED_SINCE) {
        fake.time().advance(fleet.jobDuration().multipliedBy(2)); // the work failed before the resume
      }
      Path journal = dir.resolve("crashed.jsonl");
      Files.writeString(journal, header(row, ids) + "{\"type\":\"sent\",\"at\":\"" + sentAt + "\",\"ids\":[\""
          + String.join("\",\"", ids) + "\"]}\n");
      fake.requestLog().clear();

      BulkResult result = cloud.phones().resume(journal).awaitCompletion(LONG);

      assertThat(result.items()).extracting(ItemResult::id).containsExactlyElementsOf(ids);
      assertThat(result.items()).allSatisfy(item -> {
        assertThat(item.outcome()).as(item.toString()).isEqualTo(row.outcome());
        if (row.message() != null) {
          assertThat(item.errorMessage().orElseThrow()).contains(row.message());
        }
        if (row.outcome() == ItemOutcome.FAILED && row.before() != Before.FAILED_SINCE) {
          assertThat(item.errorMessage().orElseThrow()).contains("not sent again");
        }
      });
      Map<String, Long> sent = fake.requestLog().countByPhone(row.wire());
      assertThat(ids).allSatisfy(id -> assertThat(sent.getOrDefault(id, 0L)).as(id).isEqualTo(row.resent()));
      List<LoggedRequest> requests = fake.requestLog().requests();
      if (row.lookUp() == null) {
        assertThat(requests).as("no look-up, nothing sent").isEmpty();
      } else {
        LoggedRequest first = requests.get(0);
        assertThat(first.operation()).isEqualTo(row.lookUp());
        assertLooksUpBothInOneCall(row, first, ids);
      }
    }
  }

  /** The look-up names both phones in one request (Huawei lists by status: one call finds every phone in it). */
  private static void assertLooksUpBothInOneCall(Row row, LoggedRequest lookUp, List<String> ids) {
    switch (row.lookUp()) {
      case "ListCloudPhones" -> assertThat(lookUp.query()).containsEntry("limit", "100").containsKey("status");
      case "DescribeAndroidInstances" -> assertThat(lookUp.phoneIds()).containsExactlyElementsOf(ids);
      default -> assertThat(lookUp.query()).containsEntry("ResourceIds.1", ids.get(0))
          .containsEntry("ResourceIds.2", ids.get(1)).containsEntry("Level", "2").containsKey("TaskTypes.1");
    }
  }

  private static String header(Row row, List<String> ids) {
    String prefix = row.provider() == Provider.HUAWEI ? "huawei:" : "alibaba:";
    String kind = switch (row.kind()) {
      case "command" -> row.provider() == Provider.HUAWEI ? "run-shell-command" : "run-command";
      case "install" -> row.provider() == Provider.HUAWEI ? "install-apk" : "install-app";
      case "push" -> row.provider() == Provider.HUAWEI ? "push-file" : "send-file";
      default -> row.kind() + "-phones";
    };
    String params = switch (row.kind()) {
      case "command" -> "{\"command\":\"echo ready\"}";
      case "install" -> "{\"source\":\"" + installSource(row.provider()) + "\"}";
      case "push" -> "{\"source\":\"" + pushSource(row.provider()) + "\",\"targetPath\":\"/sdcard\"}";
      default -> "{}";
    };
    return "{\"type\":\"operation\",\"at\":\"2025-01-01T00:00:00Z\",\"kind\":\"" + prefix + kind
        + "\",\"name\":\"" + row.kind() + "\",\"repeatable\":" + row.repeatable() + ",\"params\":" + params
        + ",\"ids\":[\"" + String.join("\",\"", ids) + "\"]}\n";
  }

  private static String installSource(Provider provider) {
    return provider == Provider.HUAWEI ? "-r obs://bucket/app.apk" : "app-42";
  }

  private static String pushSource(Provider provider) {
    return provider == Provider.HUAWEI ? "obs://bucket/files.tar" : "oss://bucket/a.txt";
  }

  /** The operation as the crashed run started it, without a journal. */
  private static BiFunction<CloudPhoneClient, List<String>, BulkOperation> operation(String kind) {
    return switch (kind) {
      case "restart" -> (cloud, ids) -> cloud.phones().restart(ids);
      case "start" -> (cloud, ids) -> cloud.phones().start(ids);
      case "stop" -> (cloud, ids) -> cloud.phones().stop(ids);
      case "reset" -> (cloud, ids) -> cloud.phones().reset(ids);
      case "command" -> (cloud, ids) -> cloud.phones().runShellCommand(ids, "echo ready", BulkOptions.defaults());
      case "install" -> (cloud, ids) -> cloud.phones().installApp(ids, installSource(cloud.provider()),
          BulkOptions.defaults());
      default -> (cloud, ids) -> cloud.phones().pushFile(ids, pushSource(cloud.provider()), "/sdcard",
          BulkOptions.defaults());
    };
  }
}
