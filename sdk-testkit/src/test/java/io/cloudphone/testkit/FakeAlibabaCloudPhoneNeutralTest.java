package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.Phones;
import io.cloudphone.core.ServerFilter;
import io.cloudphone.core.ServerStatus;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** FakeAlibabaCloudPhone driven through the neutral CloudPhoneClient on auto-advancing virtual time. */
class FakeAlibabaCloudPhoneNeutralTest {
  private static final Duration MINUTES = Duration.ofMinutes(10);

  @Test
  void phonesAndServers_list_andGet_followTheFleet() {
    Fleet fleet = Fleet.builder().servers(3).phonesPerServer(40)
        .phoneStatuses(List.of(PhoneStatus.RUNNING, PhoneStatus.STOPPED)).build();
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start(fleet)) {
      CloudPhoneClient cloud = fake.client();

      assertThat(cloud.phones().list(PhoneFilter.builder().build()).stream().map(Phone::id).toList())
          .containsExactlyElementsOf(fake.phoneIds());
      assertThat(cloud.phones().list(PhoneFilter.builder().serverId(fake.serverIds().get(1))
          .status(PhoneStatus.STOPPED).build()).stream().toList()).hasSize(20)
          .allSatisfy(phone -> assertThat(phone.providerStatus()).isEqualTo("STOPPED"));
      assertThat(cloud.phones().get("acp-fake002003").name()).contains("test-phone-02-03");
      assertThat(cloud.servers().list(ServerFilter.builder().build()).stream().toList()).hasSize(3)
          .allSatisfy(server -> assertThat(server.status()).isEqualTo(ServerStatus.RUNNING));
      assertThat(cloud.servers().get(fake.serverIds().get(2)).name()).contains("test-server-03");
      assertThatThrownBy(() -> cloud.phones().get("acp-missing")).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void bulkRestart_thousandPhones_awaitedOnVirtualTimeWithTheFailingSubsetFailed() {
    Fleet fleet = Fleet.builder().servers(10).phonesPerServer(100).build();
    FaultPlan plan = FaultPlan.builder().failingPhones("acp-fake003007", "test-phone-09-100").build();
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start(fleet, plan, FakeTime.virtual())) {
      BulkResult result = fake.client().phones().restart(fake.phoneIds(), BulkOptions.builder()
          .requestsPerSecond(1000.0).build()).awaitCompletion(MINUTES);

      assertThat(result.items()).hasSize(1000);
      assertThat(result.failed()).extracting(ItemResult::id).containsExactly("acp-fake003007", "acp-fake009100");
      assertThat(result.failed()).allSatisfy(item -> assertThat(item.errorCode())
          .contains("InstanceOperation.Failed"));
      assertThat(result.succeeded()).hasSize(998);
      assertThat(fake.rawPhoneStatus("acp-fake001001")).isEqualTo("RUNNING");
      assertThat(fake.phoneStatus("acp-fake003007")).isEqualTo(PhoneStatus.FAILED);
      assertThat(fake.rawPhoneStatus("acp-fake003007")).isEqualTo("UNAVAILABLE");
      assertThat(fake.requestLog().count("RebootAndroidInstancesInGroup")).isEqualTo(10);
      assertThat(fake.requestLog().faults(Fault.FAILING_PHONE)).hasSize(2);
    }
  }

  /** How one instance ends an action, from the status it starts in; {@code code} and {@code message} if FAILED. */
  record EndCase(String action, String initial, boolean failing, ItemOutcome outcome, String code, String message) {
    @Override
    public String toString() {
      return action + " from " + initial + (failing ? " (failing phone)" : "") + " -> " + outcome;
    }
  }

  static List<EndCase> endCases() {
    return List.of(
        new EndCase("restart", "RUNNING", false, ItemOutcome.SUCCEEDED, null, null),
        // A restart follows the instance's own child task, so it ends with that task's error.
        new EndCase("restart", "RUNNING", true, ItemOutcome.FAILED, "InstanceOperation.Failed",
            "RebootInstance failed on the instance (injected by the fault plan)."),
        // A reboot the service refuses fails its child task at once: no waiting it out.
        new EndCase("restart", "STOPPED", false, ItemOutcome.FAILED, "InstanceStatus.Invalid",
            "The instance is in an invalid state (STOPPED) for RebootInstance."),
        new EndCase("start", "STOPPED", true, ItemOutcome.FAILED, "InstanceOperation.Failed",
            "the instance is UNAVAILABLE, not RUNNING"),
        new EndCase("start", "RUNNING", false, ItemOutcome.SUCCEEDED, null, null),
        new EndCase("stop", "STOPPED", false, ItemOutcome.SUCCEEDED, null, null),
        new EndCase("stop", "UNAVAILABLE", false, ItemOutcome.FAILED, "UNAVAILABLE",
            "the instance is UNAVAILABLE, not STOPPED"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endCases")
  void instanceAction_endStateOtherThanTheTarget_failsAtOnceInsteadOfTimingOut(EndCase c) {
    String id = "acp-fake001002";
    FaultPlan plan = c.failing() ? FaultPlan.builder().failingPhones(id).build() : FaultPlan.none();
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start(Fleet.defaults(), plan, FakeTime.virtual())) {
      fake.rawPhoneStatus(id, c.initial());
      Phones phones = fake.client().phones();
      BulkOperation operation = switch (c.action()) {
        case "restart" -> phones.restart(List.of(id));
        case "start" -> phones.start(List.of(id));
        case "stop" -> phones.stop(List.of(id));
        default -> throw new IllegalArgumentException(c.action());
      };
      Instant before = fake.time().now();

      ItemResult item = operation.awaitCompletion(MINUTES).item(id).orElseThrow();

      assertThat(item.outcome()).isEqualTo(c.outcome());
      assertThat(item.errorCode()).isEqualTo(Optional.ofNullable(c.code()));
      assertThat(item.errorMessage()).isEqualTo(Optional.ofNullable(c.message()));
      assertThat(Duration.between(before, fake.time().now())).as("settled well before the timeout")
          .isLessThan(Duration.ofMinutes(1));
    }
  }

  @Test
  void bulkStopThenStart_phonesEndStoppedThenRunning() {
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start()) {
      List<String> ids = fake.phoneIds().subList(0, 4);

      assertThat(fake.client().phones().stop(ids).awaitCompletion(MINUTES).succeeded()).hasSize(4);
      assertThat(ids).allSatisfy(id -> assertThat(fake.rawPhoneStatus(id)).isEqualTo("STOPPED"));
      assertThat(fake.client().phones().start(ids).awaitCompletion(MINUTES).succeeded()).hasSize(4);
      assertThat(ids).allSatisfy(id -> assertThat(fake.rawPhoneStatus(id)).isEqualTo("RUNNING"));
    }
  }

  @Test
  void runShellCommand_eachPhonesOutput_andAFailingPhoneFails() {
    FaultPlan plan = FaultPlan.builder().failingPhones("test-phone-02-05").build();
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start(Fleet.defaults(), plan, FakeTime.virtual())) {
      BulkResult result = fake.client().phones().runShellCommand(fake.phoneIds(), "echo ready",
          BulkOptions.defaults()).awaitCompletion(MINUTES);

      assertThat(result.succeeded()).hasSize(9).allSatisfy(item -> assertThat(item.output()).contains("ready"));
      assertThat(result.item("acp-fake002005").orElseThrow().outcome()).isEqualTo(ItemOutcome.FAILED);
      // Ten phones fit in one RunSyncCommand, whose answer already carries every output.
      assertThat(fake.requestLog().count("RunSyncCommand")).isEqualTo(1);
      assertThat(fake.requestLog().count("RunCommand")).isZero();
      assertThat(fake.requestLog().count("DescribeInvocations")).isZero();
      assertThat(fake.requestLog().faults(Fault.FAILING_PHONE)).extracting(LoggedRequest::operation)
          .containsExactly("RunSyncCommand");
    }
  }

  @Test
  void runShellCommand_runsOutlastingTheSyncWait_areReadBackThroughDescribeInvocations() {
    Fleet slow = Fleet.builder().servers(1).phonesPerServer(5).jobDuration(Duration.ofMinutes(1)).build();
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start(slow, FaultPlan.none(), FakeTime.virtual())) {
      BulkResult result = fake.client().phones().runShellCommand(fake.phoneIds(), "echo ready",
          BulkOptions.defaults()).awaitCompletion(MINUTES.multipliedBy(5));

      assertThat(result.succeeded()).hasSize(5).allSatisfy(item -> assertThat(item.output()).contains("ready"));
      assertThat(fake.requestLog().count("RunSyncCommand")).isEqualTo(1);
      assertThat(fake.requestLog().count("RunCommand")).isZero();
      assertThat(fake.requestLog().count("DescribeInvocations")).isPositive();
      assertThat(fake.client().jobs().list(result)).hasSize(5);
    }
  }

  @Test
  void installAppAndPushFile_asTasks_succeed() {
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start()) {
      CloudPhoneClient cloud = fake.client();

      assertThat(cloud.phones().installApp(fake.phoneIds(), "app-42", BulkOptions.defaults())
          .awaitCompletion(MINUTES).succeeded()).hasSize(10);
      assertThat(cloud.phones().pushFile(fake.phoneIds(), "oss://bucket/a.txt", "/sdcard", BulkOptions.defaults())
          .awaitCompletion(MINUTES).succeeded()).hasSize(10);
      assertThat(fake.requestLog().count("DescribeTasks")).isPositive();
    }
  }

  @Test
  void requestFaults_retriedByTheClient_andVisibleInTheLog() {
    FaultPlan plan = FaultPlan.builder().throttleRate(0.3).serverErrorRate(0.2).dropConnectionRate(0.2)
        .operations("DescribeTasks").seed(7).build();
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start(Fleet.defaults(), plan, FakeTime.virtual())) {
      BulkResult result = fake.client().phones().restart(fake.phoneIds()).awaitCompletion(MINUTES);

      assertThat(result.succeeded()).hasSize(10);
      assertThat(fake.requestLog().faults()).isNotEmpty().allSatisfy(request -> {
        assertThat(request.operation()).isEqualTo("DescribeTasks");
        switch (request.fault().orElseThrow()) {
          case THROTTLED -> assertThat(request.errorCode()).contains("Throttling.User");
          case SERVER_ERROR -> assertThat(request.status()).isEqualTo(500);
          case DROPPED_CONNECTION -> assertThat(request.status()).isZero();
          default -> throw new AssertionError(request);
        }
      });
    }
  }

  @Test
  void sameFaultPlan_sameFaultsOnEveryRun() {
    FaultPlan plan = FaultPlan.builder().throttleRate(0.5).seed(3).build();
    List<List<LoggedRequest>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start(Fleet.defaults(), plan, FakeTime.virtual())) {
        fake.client().phones().list(PhoneFilter.builder().build()).stream().toList();
        fake.client().servers().list(ServerFilter.builder().build()).stream().toList();
        runs.add(fake.requestLog().requests());
      }
    }

    assertThat(runs.get(0)).extracting(LoggedRequest::operation, LoggedRequest::fault)
        .isEqualTo(runs.get(1).stream().map(r -> tuple(r.operation(), r.fault()))
            .toList());
  }
}
