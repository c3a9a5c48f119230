package io.cloudphone.alibaba.neutral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.AlibabaCredentials;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Job;
import io.cloudphone.core.JobStatus;
import io.cloudphone.core.ManualClock;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.Paged;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.Provider;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.core.Server;
import io.cloudphone.core.ServerFilter;
import io.cloudphone.core.ServerStatus;
import io.cloudphone.core.UnsupportedByProviderException;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkProgress;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.BulkTimeoutException;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The neutral API on Alibaba against a stateful in-process eds-aic, on an auto-advancing clock. */
@Timeout(60)
class AlibabaNeutralTest {
  private static final String REBOOT = "RebootAndroidInstancesInGroup";
  private static final Duration PATIENCE = Duration.ofHours(1);

  private final FakeEdsAic fake = new FakeEdsAic();
  private MockWebServer server;
  private AlibabaCloudPhoneClient client;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(fake);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = AlibabaCloudPhoneClient.builder()
        .regionId("cn-shanghai")
        .endpointOverride(URI.create("http://127.0.0.1:" + server.getPort()))
        .credentialsProvider(AlibabaCredentials.accessKey("testid", "testsecret"))
        .clock(ManualClock.autoAdvancing(Instant.parse("2025-01-02T03:04:05Z")))
        .retryPolicy(RetryPolicy.defaults())
        .build();
  }

  @AfterEach
  void stopServer() {
    fake.gateOpen.countDown();
    server.close();
  }

  @Test
  void phonesList_250Phones_fetchesThreePagesLazily() {
    fake.addInstances("a", 250, "cpn-1", "RUNNING");

    Paged<Phone> paged = client.phones().list(PhoneFilter.all());
    assertThat(fake.calls("DescribeAndroidInstances")).isZero();
    List<Phone> phones = paged.stream().toList();

    assertThat(phones).hasSize(250).extracting(Phone::id).doesNotHaveDuplicates();
    assertThat(phones.get(0).status()).isEqualTo(PhoneStatus.RUNNING);
    assertThat(sent("DescribeAndroidInstances")).extracting(p -> p.get("MaxResults")).containsOnly("100");
    assertThat(sent("DescribeAndroidInstances")).extracting(p -> p.get("NextToken"))
        .containsExactly(null, "tok-100", "tok-200");
  }

  @Test
  void phonesList_byServerAndStatus_filtersOnTheServerWhereAlibabaCan() {
    fake.addInstances("a", 30, "cpn-1", "STOPPED");
    fake.addInstances("b", 20, "cpn-2", "STOPPED");
    fake.addInstances("c", 5, "cpn-2", "UNAVAILABLE");
    fake.addInstances("d", 3, "cpn-2", "FAILED");

    List<Phone> stopped = client.phones().list(PhoneFilter.builder().serverId("cpn-2")
        .status(PhoneStatus.STOPPED).build()).stream().toList();
    List<Phone> failed = client.phones().list(PhoneFilter.builder().status(PhoneStatus.FAILED).build())
        .stream().toList();

    assertThat(stopped).hasSize(20).allSatisfy(phone -> assertThat(phone.serverId()).contains("cpn-2"));
    assertThat(sent("DescribeAndroidInstances").get(0)).containsEntry("NodeId", "cpn-2")
        .containsEntry("Status", "STOPPED");
    // FAILED stands for four Alibaba values, so it is filtered here rather than by Alibaba.
    assertThat(failed).hasSize(8).extracting(Phone::providerStatus).containsOnly("UNAVAILABLE", "FAILED");
    assertThat(sent("DescribeAndroidInstances").get(1)).doesNotContainKey("Status");
  }

  @Test
  void phonesAndServersList_byTags_sendTheTagFilterOverTheWire() {
    fake.addInstances("t", 3, "cpn-1", "RUNNING");
    fake.nodes.put("cpn-1", "RUNNING");
    Map<String, String> tags = Map.of("env", "prod", "team", "qa");

    client.phones().list(PhoneFilter.builder().tags(tags).build()).stream().toList();
    client.servers().list(ServerFilter.builder().tags(tags).build()).stream().toList();

    // All must match, in whichever order the filter's map gives them.
    assertThat(tagPairs(sent("DescribeAndroidInstances").get(0), "Tag")).containsOnly("env=prod", "team=qa");
    assertThat(tagPairs(sent("DescribeCloudPhoneNodes").get(0), "Tags")).containsOnly("env=prod", "team=qa");
  }

  private static List<String> tagPairs(Map<String, String> params, String prefix) {
    List<String> pairs = new ArrayList<>();
    for (int i = 1; params.containsKey(prefix + "." + i + ".Key"); i++) {
      pairs.add(params.get(prefix + "." + i + ".Key") + "=" + params.get(prefix + "." + i + ".Value"));
    }
    return pairs;
  }

  @Test
  void phonesList_noTags_sendsNoTagParameter() {
    fake.addInstances("u", 1, "cpn-1", "RUNNING");

    client.phones().list(PhoneFilter.all()).stream().toList();

    assertThat(sent("DescribeAndroidInstances").get(0).keySet()).noneMatch(key -> key.startsWith("Tag"));
  }

  @Test
  void serversList_153Nodes_pagesAndFiltersByNeutralStatus() {
    for (int i = 0; i < 150; i++) {
      fake.nodes.put("cpn-" + i, "RUNNING");
    }
    fake.nodes.put("cpn-new-1", "CREATING");
    fake.nodes.put("cpn-new-2", "NODE_READY");
    fake.nodes.put("cpn-new-3", "CREATING");

    List<Server> all = client.servers().list(ServerFilter.all()).stream().toList();
    List<Server> creating = client.servers().list(ServerFilter.builder().status(ServerStatus.CREATING).build())
        .stream().toList();

    assertThat(all).hasSize(153).extracting(Server::id).doesNotHaveDuplicates();
    assertThat(all.get(0).flavor()).contains("cpm.gx7.10xlarge");
    assertThat(creating).extracting(Server::id).containsExactly("cpn-new-1", "cpn-new-2", "cpn-new-3");
    assertThat(sent("DescribeCloudPhoneNodes")).hasSize(4);
  }

  @Test
  void phonesGet_existingId_returnsThePhone() {
    String id = fake.addInstances("g", 1, "cpn-1", "RUNNING").get(0);

    Phone phone = client.phones().get(id);

    assertThat(phone.id()).isEqualTo(id);
    assertThat(phone.instanceGroupId()).contains("ag-cpn-1");
    assertThat(sent("DescribeAndroidInstances").get(0)).containsEntry("AndroidInstanceIds.1", id);
  }

  @Test
  void get_missingIds_throwNotFound() {
    assertThatThrownBy(() -> client.phones().get("acp-missing"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("InstanceNotFound");
          assertThat(e.provider()).isEqualTo(Provider.ALIBABA);
        })
        .hasMessageContaining("acp-missing");
    assertThatThrownBy(() -> client.servers().get("cpn-missing"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorCode()).isEqualTo("NodeNotFound"));
    assertThatThrownBy(() -> client.jobs().get("t-missing"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorCode()).isEqualTo("TaskNotFound"));
  }

  @Test
  void restart_10000PhonesWithFailuresThrottlingAndADroppedConnection_reportsEveryIdOnce() {
    List<String> ids = fake.addInstances("r", 10_000, "cpn-1", "RUNNING");
    Random random = new Random(20250102);
    ids.stream().filter(id -> random.nextInt(100) < 2).forEach(fake.failing::add);
    fake.throttleAction = REBOOT;
    fake.throttleOnCall = 3;
    fake.dropAction = REBOOT;
    fake.dropOnCall = 7;
    List<String> input = new ArrayList<>(ids);
    input.addAll(ids.subList(0, 50));
    AtomicReference<BulkProgress> last = new AtomicReference<>();

    BulkOperation operation = client.phones().restart(input, BulkOptions.builder().maxConcurrency(16)
        .listener(last::set).build());
    BulkResult result = operation.awaitCompletion(PATIENCE);

    assertThat(result.items()).hasSize(10_000).extracting(ItemResult::id).containsExactlyElementsOf(ids);
    assertThat(fake.droppedIds).hasSize(100);
    for (ItemResult item : result.items()) {
      if (fake.droppedIds.contains(item.id())) {
        assertThat(item.outcome()).as(item.id()).isEqualTo(ItemOutcome.FAILED);
        assertThat(item.errorCode()).as(item.id()).isEmpty();
        assertThat(item.errorMessage()).as(item.id()).hasValueSatisfying(m -> assertThat(m).contains("connection"));
      } else if (fake.failing.contains(item.id())) {
        assertThat(item.outcome()).as(item.id()).isEqualTo(ItemOutcome.FAILED);
        assertThat(item.errorCode()).as(item.id()).contains("InstanceAbnormal");
      } else {
        assertThat(item.outcome()).as(item.id()).isEqualTo(ItemOutcome.SUCCEEDED);
      }
    }
    List<String> rebooted = fake.batches.get(REBOOT).stream().flatMap(List::stream).toList();
    assertThat(fake.batches.get(REBOOT)).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(100));
    assertThat(fake.describeByIdSizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(100));
    assertThat(rebooted).hasSize(9_900).doesNotHaveDuplicates().doesNotContainAnyElementsOf(fake.droppedIds);
    // 100 chunks, one of them throttled once and retried; the dropped one is not replayed (reboot is not idempotent).
    assertThat(fake.calls(REBOOT)).isEqualTo(101);
    assertThat(last.get().phase()).isEqualTo(BulkProgress.Phase.DONE);
    assertThat(last.get().settled()).isEqualTo(10_000);
  }

  @Test
  void restart_cancelledDuringTheThirdRequest_leavesUnsentIdsNotAttempted() throws InterruptedException {
    List<String> ids = fake.addInstances("c", 1_000, "cpn-1", "RUNNING");
    fake.gateAction = REBOOT;
    fake.gateOnCall = 3;

    BulkOperation operation = client.phones().restart(ids, BulkOptions.builder().maxConcurrency(1).build());
    assertThat(fake.gateReached.await(10, TimeUnit.SECONDS)).isTrue();
    operation.cancel();
    fake.gateOpen.countDown();
    BulkResult result = operation.awaitCompletion(PATIENCE);

    assertThat(result.succeeded()).extracting(ItemResult::id).containsExactlyElementsOf(ids.subList(0, 300));
    assertThat(result.notAttempted()).extracting(ItemResult::id).containsExactlyElementsOf(ids.subList(300, 1_000));
    assertThat(fake.calls(REBOOT)).isEqualTo(3);
  }

  @Test
  void restart_phonesThatNeverComeBack_timeOutWithThePartialResult() {
    List<String> ids = fake.addInstances("t", 200, "cpn-1", "RUNNING");
    fake.stuck.addAll(ids.subList(0, 5));

    BulkOperation operation = client.phones().restart(ids);

    assertThatThrownBy(() -> operation.awaitCompletion(Duration.ofMinutes(3)))
        .isInstanceOfSatisfying(BulkTimeoutException.class, e -> {
          BulkResult partial = e.partialResult();
          assertThat(partial.items()).hasSize(200);
          assertThat(partial.inProgress()).extracting(ItemResult::id).containsExactlyElementsOf(ids.subList(0, 5));
          assertThat(partial.succeeded()).hasSize(195);
        });
  }

  @Test
  void startStopReset_eachWaitsForItsTargetState() {
    List<String> ids = fake.addInstances("s", 30, "cpn-1", "STOPPED");

    BulkResult started = client.phones().start(ids).awaitCompletion(PATIENCE);
    assertThat(fake.instances.get(ids.get(0)).status).isEqualTo("RUNNING");
    BulkResult stopped = client.phones().stop(ids).awaitCompletion(PATIENCE);
    assertThat(fake.instances.get(ids.get(0)).status).isEqualTo("STOPPED");
    BulkResult reset = client.phones().reset(ids).awaitCompletion(PATIENCE);

    assertThat(List.of(started, stopped, reset)).allSatisfy(result ->
        assertThat(result.succeeded()).hasSize(30));
    assertThat(fake.instances.get(ids.get(0)).status).isEqualTo("RUNNING");
    assertThat(fake.batches).containsKeys("StartAndroidInstance", "StopAndroidInstance",
        "ResetAndroidInstancesInGroup");
  }

  @Test
  void restart_answerNamesEachPhonesTask_followsTheTasksInBatchesOf100NotTheStatus() {
    List<String> ids = fake.addInstances("k", 250, "cpn-1", "RUNNING");
    fake.ownTasks.addAll(ids);
    fake.failing.add(ids.get(4));

    BulkResult result = client.phones().restart(ids).awaitCompletion(PATIENCE);

    assertThat(result.items()).extracting(item -> item.jobId().orElseThrow()).doesNotHaveDuplicates()
        .allSatisfy(job -> assertThat(job).startsWith("t-task-"));
    ItemResult failed = result.item(ids.get(4)).orElseThrow();
    assertThat(failed.outcome()).isEqualTo(ItemOutcome.FAILED);
    assertThat(failed.errorCode()).contains("InstallFailed");
    assertThat(result.succeeded()).hasSize(249);
    assertThat(fake.describeByIdSizes).isEmpty();
    assertThat(fake.taskIdsSizes).isNotEmpty().allSatisfy(size -> assertThat(size).isBetween(1, 100));
    // Polls of one round run in parallel, so the 50-id remainder may reach the fake first: ask for a full batch.
    assertThat(fake.taskIdsSizes).contains(100);
    assertThat(sent("DescribeTasks")).noneMatch(p -> p.containsKey("ParentTaskId"));

    List<Job> jobs = client.jobs().list(result);
    assertThat(jobs).hasSize(250).extracting(job -> job.targetId().orElseThrow()).containsExactlyElementsOf(ids);
  }

  @Test
  void reset_answerNamesTasksForSomePhones_followsThoseTasksAndTheOthersStatus() {
    List<String> ids = fake.addInstances("m", 10, "cpn-1", "RUNNING");
    fake.ownTasks.addAll(ids.subList(0, 4));

    BulkResult result = client.phones().reset(ids).awaitCompletion(PATIENCE);

    assertThat(result.succeeded()).hasSize(10);
    assertThat(result.items()).extracting(item -> item.jobId().isPresent())
        .containsExactly(true, true, true, true, false, false, false, false, false, false);
    assertThat(fake.taskIdsSizes).isNotEmpty().allSatisfy(size -> assertThat(size).isEqualTo(4));
    assertThat(fake.describeByIdSizes).isNotEmpty().allSatisfy(size -> assertThat(size).isEqualTo(6));
    assertThat(client.jobs().list(result)).hasSize(4);
  }

  @Test
  void runShellCommand_answerNamesEachPhonesInvocation_readsEachPhoneUnderItsOwn() {
    List<String> ids = fake.addInstances("v", 60, "cpn-1", "RUNNING");
    fake.ownTasks.addAll(ids.subList(0, 30));

    BulkResult result = client.phones().runShellCommand(ids, "id", BulkOptions.defaults())
        .awaitCompletion(PATIENCE);

    assertThat(result.succeeded()).hasSize(60);
    assertThat(result.item(ids.get(0)).orElseThrow().jobId()).hasValueSatisfying(job ->
        assertThat(job).endsWith("-" + ids.get(0)));
    assertThat(result.item(ids.get(0)).orElseThrow().output()).contains("out of " + ids.get(0));
    assertThat(result.item(ids.get(59)).orElseThrow().output()).contains("out of " + ids.get(59));
    assertThat(client.jobs().list(result)).hasSize(60);
  }

  @Test
  void installApp_answerNamesEachPhonesChildTask_readsThemByIdNotThroughTheBatch() {
    List<String> ids = fake.addInstances("j", 150, "cpn-1", "RUNNING");
    fake.ownTasks.addAll(ids);
    fake.failing.add(ids.get(9));

    BulkResult result = client.phones().installApp(ids, "app-1", BulkOptions.defaults())
        .awaitCompletion(PATIENCE);

    assertThat(result.succeeded()).hasSize(149);
    assertThat(result.item(ids.get(9)).orElseThrow().errorCode()).contains("InstallFailed");
    assertThat(result.items()).extracting(item -> item.jobId().orElseThrow()).doesNotHaveDuplicates();
    assertThat(sent("DescribeTasks")).noneMatch(p -> p.containsKey("ParentTaskId"));
    assertThat(client.jobs().list(result)).hasSize(150);
  }

  @Test
  void runShellCommand_120Phones_returnsEachPhonesOutputInBatchesOf50() {
    List<String> ids = fake.addInstances("x", 120, "cpn-1", "RUNNING");
    fake.failing.add(ids.get(7));

    BulkResult result = client.phones().runShellCommand(ids, "getprop ro.build.version.release",
        BulkOptions.defaults()).awaitCompletion(PATIENCE);

    assertThat(fake.batches.get("RunCommand")).extracting(List::size).containsExactlyInAnyOrder(50, 50, 20);
    assertThat(sent("RunCommand")).extracting(p -> p.get("CommandContent"))
        .containsOnly("getprop ro.build.version.release");
    ItemResult first = result.item(ids.get(0)).orElseThrow();
    assertThat(first.outcome()).isEqualTo(ItemOutcome.SUCCEEDED);
    assertThat(first.output()).contains("out of " + ids.get(0));
    assertThat(first.jobStatus()).contains(JobStatus.SUCCEEDED);
    ItemResult failed = result.item(ids.get(7)).orElseThrow();
    assertThat(failed.outcome()).isEqualTo(ItemOutcome.FAILED);
    assertThat(failed.errorCode()).contains("Failed");
    assertThat(result.succeeded()).hasSize(119);

    List<Job> jobs = client.jobs().list(result);
    assertThat(jobs).hasSize(120).allSatisfy(job -> assertThat(job.output()).isPresent());
    assertThat(jobs.get(0).targetId()).contains(ids.get(0));
    assertThat(client.jobs().get(first.jobId().orElseThrow()).status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void runShellCommand_50Phones_oneRunSyncCommandFollowsOnlyTheSlowRuns() {
    List<String> ids = fake.addInstances("y", 50, "cpn-1", "RUNNING");
    fake.failing.add(ids.get(1));
    fake.slowSync.add(ids.get(2));
    fake.missingFromSync.add(ids.get(3));
    List<String> withRepeats = new ArrayList<>(ids);
    withRepeats.add(ids.get(0));

    BulkResult result = client.phones().runShellCommand(withRepeats, "echo hi", BulkOptions.defaults())
        .awaitCompletion(PATIENCE);

    assertThat(fake.calls("RunSyncCommand")).isEqualTo(1);
    assertThat(fake.calls("RunCommand")).isZero();
    assertThat(sent("RunSyncCommand").get(0)).containsEntry("WaitTime", "3000")
        .containsEntry("CommandContent", "echo hi").containsEntry("InstanceIds.50", ids.get(49));
    assertThat(result.item(ids.get(0)).orElseThrow().output()).contains("out of " + ids.get(0));
    assertThat(result.item(ids.get(1)).orElseThrow().errorCode()).contains("Failed");
    ItemResult slow = result.item(ids.get(2)).orElseThrow();
    assertThat(slow.outcome()).isEqualTo(ItemOutcome.SUCCEEDED);
    assertThat(slow.output()).contains("out of " + ids.get(2));
    assertThat(sent("DescribeInvocations")).isNotEmpty()
        .allSatisfy(p -> assertThat(p).containsEntry("InstanceIds.1", ids.get(2)).doesNotContainKey("InstanceIds.2"));
    ItemResult missing = result.item(ids.get(3)).orElseThrow();
    assertThat(missing.outcome()).isEqualTo(ItemOutcome.FAILED);
    assertThat(missing.errorMessage()).hasValueSatisfying(m -> assertThat(m).contains("not run again"));
    assertThat(result.succeeded()).hasSize(48);
  }

  @Test
  void runShellCommand_51Phones_goesThroughRunCommand() {
    List<String> ids = fake.addInstances("z", 51, "cpn-1", "RUNNING");

    BulkResult result = client.phones().runShellCommand(ids, "echo hi", BulkOptions.defaults())
        .awaitCompletion(PATIENCE);

    assertThat(fake.calls("RunSyncCommand")).isZero();
    assertThat(fake.batches.get("RunCommand")).extracting(List::size).containsExactlyInAnyOrder(50, 1);
    assertThat(result.succeeded()).hasSize(51);
  }

  @Test
  void installApp_150Phones_followsTheChildTasksAndReportsTheirErrors() {
    List<String> ids = fake.addInstances("i", 150, "cpn-1", "RUNNING");
    fake.failing.add(ids.get(3));

    BulkResult result = client.phones().installApp(ids, "app-123", BulkOptions.defaults())
        .awaitCompletion(PATIENCE);

    assertThat(fake.batches.get("InstallApp")).extracting(List::size).containsExactlyInAnyOrder(100, 50);
    assertThat(sent("InstallApp").get(0)).containsEntry("AppIdList.1", "app-123");
    ItemResult failed = result.item(ids.get(3)).orElseThrow();
    assertThat(failed.outcome()).isEqualTo(ItemOutcome.FAILED);
    assertThat(failed.errorCode()).contains("InstallFailed");
    assertThat(failed.errorMessage()).hasValueSatisfying(m -> assertThat(m).contains(ids.get(3)));
    assertThat(result.succeeded()).hasSize(149);

    assertThat(client.jobs().list(result)).hasSize(150).allSatisfy(job -> assertThat(job.targetId()).isPresent());
    List<String> batchTasks = result.items().stream().map(item -> item.jobId().orElseThrow()).distinct().toList();
    List<Job> awaited = client.jobs().await(batchTasks, Duration.ofMinutes(5));
    assertThat(awaited).extracting(Job::status)
        .containsExactly(JobStatus.PARTIALLY_SUCCEEDED, JobStatus.SUCCEEDED);
  }

  @Test
  void pushFile_ossSource_usesTheRegionsInternalEndpointAndFailsInstancesSendFileLeftOut() {
    List<String> ids = fake.addInstances("f", 10, "cpn-1", "RUNNING");
    fake.rejectedBySendFile.add(ids.get(2));

    BulkResult result = client.phones().pushFile(ids, "oss://cloudphone-saved-bucket-x/send/a.txt",
        "/sdcard/Download", BulkOptions.defaults()).awaitCompletion(PATIENCE);

    assertThat(sent("SendFile").get(0)).containsEntry("UploadType", "OSS")
        .containsEntry("UploadEndpoint", "oss-cn-shanghai-internal.aliyuncs.com")
        .containsEntry("UploadUrl", "oss://cloudphone-saved-bucket-x/send/a.txt")
        .containsEntry("SourceFilePath", "/sdcard/Download");
    assertThat(result.item(ids.get(2)).orElseThrow().outcome()).isEqualTo(ItemOutcome.FAILED);
    assertThat(result.succeeded()).hasSize(9);
  }

  @Test
  void rename_onePhone_sendsModifyAndroidInstance() {
    String id = fake.addInstances("n", 1, "cpn-1", "RUNNING").get(0);

    client.phones().rename(id, "front_desk-1");

    assertThat(sent("ModifyAndroidInstance").get(0)).containsEntry("AndroidInstanceId", id)
        .containsEntry("NewAndroidInstanceName", "front_desk-1");
    assertThat(fake.instances.get(id).name).isEqualTo("front_desk-1");
  }

  @Test
  void serversRestart_alibabaHasNoNodeRestart_throwsNamingTheTypedAlternative() {
    assertThatThrownBy(() -> client.servers().restart(List.of("cpn-1")))
        .isInstanceOfSatisfying(UnsupportedByProviderException.class,
            e -> assertThat(e.provider()).isEqualTo(Provider.ALIBABA))
        .hasMessageContaining("rebootAndroidInstancesInGroup");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void unwrap_rightAndWrongTypedClient() {
    CloudPhoneClient cloud = client;

    assertThat(cloud.provider()).isEqualTo(Provider.ALIBABA);
    assertThat(cloud.unwrap(AlibabaCloudPhoneClient.class)).isSameAs(client);
    assertThatThrownBy(() -> cloud.unwrap(OtherProviderClient.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Alibaba Cloud Phone")
        .hasMessageContaining("OtherProviderClient");
  }

  /** Stands for the other provider's typed client, which this module does not depend on. */
  interface OtherProviderClient extends CloudPhoneClient {}

  private List<Map<String, String>> sent(String action) {
    synchronized (fake) {
      return fake.requests.stream().filter(p -> action.equals(p.get("Action"))).collect(Collectors.toList());
    }
  }

}
