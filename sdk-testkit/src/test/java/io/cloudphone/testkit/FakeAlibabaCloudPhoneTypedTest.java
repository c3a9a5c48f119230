package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.AlibabaSignatureVersion;
import io.cloudphone.alibaba.model.AndroidInstance;
import io.cloudphone.alibaba.model.ChildTaskGroup;
import io.cloudphone.alibaba.model.CloudPhoneNode;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesResponse;
import io.cloudphone.alibaba.model.DescribeCloudPhoneNodesRequest;
import io.cloudphone.alibaba.model.DescribeInvocationsRequest;
import io.cloudphone.alibaba.model.DescribeTasksRequest;
import io.cloudphone.alibaba.model.InstallAppRequest;
import io.cloudphone.alibaba.model.InstallAppResponse;
import io.cloudphone.alibaba.model.Invocation;
import io.cloudphone.alibaba.model.ModifyAndroidInstanceRequest;
import io.cloudphone.alibaba.model.RebootAndroidInstancesInGroupRequest;
import io.cloudphone.alibaba.model.ResetAndroidInstancesInGroupRequest;
import io.cloudphone.alibaba.model.RunCommandRequest;
import io.cloudphone.alibaba.model.RunCommandResponse;
import io.cloudphone.alibaba.model.SendFileRequest;
import io.cloudphone.alibaba.model.SendFileResponse;
import io.cloudphone.alibaba.model.StartAndroidInstanceRequest;
import io.cloudphone.alibaba.model.StopAndroidInstanceRequest;
import io.cloudphone.alibaba.model.Task;
import io.cloudphone.core.PhoneStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FakeAlibabaCloudPhone driven through the real typed client on manual virtual time. */
class FakeAlibabaCloudPhoneTypedTest {
  private static final Instant START = Instant.parse("2025-01-02T03:04:05Z");
  private static final String PHONE = "acp-fake001001";

  private FakeAlibabaCloudPhone fake;
  private AlibabaCloudPhoneClient ecp;

  @BeforeEach
  void start() {
    Fleet fleet = Fleet.builder().servers(3).phonesPerServer(4)
        .phoneStatuses(List.of(PhoneStatus.RUNNING, PhoneStatus.RUNNING, PhoneStatus.RUNNING, PhoneStatus.STOPPED))
        .build();
    fake = FakeAlibabaCloudPhone.start(fleet, FaultPlan.none(), FakeTime.manual(START));
    ecp = fake.client();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void describeCloudPhoneNodes_pagesOfTwo_listsEveryNodeOnceWithItsName() {
    List<CloudPhoneNode> nodes = ecp.describeCloudPhoneNodesPaged(
        DescribeCloudPhoneNodesRequest.builder().maxResults(2).build()).stream().toList();

    assertThat(nodes).extracting(node -> node.nodeId().orElseThrow()).containsExactlyElementsOf(fake.serverIds());
    assertThat(nodes.get(0).nodeName()).contains("test-server-01");
    assertThat(nodes.get(0).phoneCount()).contains(4);
    assertThat(fake.requestLog().count("DescribeCloudPhoneNodes")).isEqualTo(2);
  }

  @Test
  void describeAndroidInstances_pagedWithFilters_followsNextTokenAndFilters() {
    List<AndroidInstance> all = ecp.describeAndroidInstancesPaged(
        DescribeAndroidInstancesRequest.builder().maxResults(5).build()).stream().toList();
    DescribeAndroidInstancesResponse stopped = ecp.describeAndroidInstances(
        DescribeAndroidInstancesRequest.builder().status("STOPPED").build());
    DescribeAndroidInstancesResponse onNode2 = ecp.describeAndroidInstances(
        DescribeAndroidInstancesRequest.builder().nodeId(fake.serverIds().get(1)).maxResults(3).build());
    DescribeAndroidInstancesResponse byIds = ecp.describeAndroidInstances(
        DescribeAndroidInstancesRequest.builder().addAndroidInstanceIds(PHONE, "acp-fake003002").build());

    assertThat(all).hasSize(12).extracting(i -> i.androidInstanceId().orElseThrow())
        .containsExactlyElementsOf(fake.phoneIds());
    assertThat(stopped.instanceModel()).extracting(i -> i.androidInstanceId().orElseThrow())
        .containsExactly("acp-fake001004", "acp-fake002004", "acp-fake003004");
    assertThat(onNode2.totalCount()).contains(4L);
    assertThat(onNode2.instanceModel()).hasSize(3);
    assertThat(onNode2.nextToken()).hasValueSatisfying(token -> assertThat(token).isNotEmpty());
    assertThat(byIds.instanceModel()).extracting(i -> i.androidInstanceName().orElseThrow())
        .containsExactly("test-phone-01-01", "test-phone-03-02");
  }

  @Test
  void rebootAndroidInstancesInGroup_runningInstance_rebootsForTheJobDurationAndRecordsATask() {
    String requestId = ecp.rebootAndroidInstancesInGroup(RebootAndroidInstancesInGroupRequest.builder()
        .addAndroidInstanceIds(PHONE).build()).requestId().orElseThrow();

    assertThat(status(PHONE)).isEqualTo("REBOOTING");
    fake.time().advance(Duration.ofSeconds(2));
    assertThat(status(PHONE)).isEqualTo("REBOOTING");
    fake.time().advance(Duration.ofSeconds(1));
    assertThat(status(PHONE)).isEqualTo("RUNNING");
    List<Task> tasks = ecp.describeTasks(DescribeTasksRequest.builder().invokeId(requestId).build()).data();
    assertThat(tasks).extracting(t -> t.taskType().orElseThrow(), t -> t.level().orElseThrow(),
        t -> t.taskStatus().orElseThrow()).containsExactly(
            tuple("RebootInstance", 1, "Finished"),
            tuple("RebootInstance", 2, "Finished"));
  }

  @Test
  void rebootAndroidInstancesInGroup_twoInstances_answersTheBatchAndAChildTaskPerInstance() {
    ChildTaskGroup tasks = ecp.rebootAndroidInstancesInGroup(RebootAndroidInstancesInGroupRequest.builder()
        .addAndroidInstanceIds(PHONE, "acp-fake002001").build()).tasks().orElseThrow();

    List<Task> children = ecp.describeTasks(DescribeTasksRequest.builder()
        .parentTaskId(tasks.parentTaskId().orElseThrow()).build()).data();
    assertThat(tasks.childTasks()).extracting(t -> t.instanceId().orElseThrow(), t -> t.taskId().orElseThrow())
        .containsExactlyElementsOf(children.stream()
            .map(t -> tuple(t.instanceId().orElseThrow(), t.taskId().orElseThrow())).toList());
    assertThat(tasks.childTasks()).extracting(t -> t.instanceId().orElseThrow()).containsExactly(PHONE, "acp-fake002001");
  }

  @Test
  void runCommand_twoInstances_answersTheBatchTaskAndAChildTaskPerInstance() {
    RunCommandResponse response = ecp.runCommand(RunCommandRequest.builder().commandContent("echo hi")
        .addInstanceIds(PHONE, "acp-fake002001").build());

    assertThat(response.taskId()).isPresent();
    assertThat(response.runCommandInfos()).extracting(i -> i.instanceId().orElseThrow(), i -> i.invokeId().orElseThrow())
        .containsExactly(tuple(PHONE, response.invokeId().orElseThrow()),
            tuple("acp-fake002001", response.invokeId().orElseThrow()));
    List<String> children = ecp.describeTasks(DescribeTasksRequest.builder()
        .parentTaskId(response.taskId().orElseThrow()).build()).data().stream()
        .map(t -> t.taskId().orElseThrow()).toList();
    assertThat(response.runCommandInfos()).extracting(i -> i.childTaskId().orElseThrow())
        .containsExactlyElementsOf(children);
  }

  @Test
  void installApp_twoInstances_answersAChildTaskPerInstance() {
    InstallAppResponse response = ecp.installApp(InstallAppRequest.builder().addAppIdList("app-123")
        .addInstanceIdList(PHONE, "acp-fake002001").build());

    assertThat(response.childTaskInfo()).extracting(t -> t.appId().orElseThrow(), t -> t.instanceId().orElseThrow())
        .containsExactly(tuple("app-123", PHONE), tuple("app-123", "acp-fake002001"));
    assertThat(response.childTaskInfo()).allSatisfy(t -> assertThat(t.childTaskId()).isPresent());
  }

  @Test
  void stopThenStart_instance_passesThroughStoppingAndStarting() {
    ecp.stopAndroidInstance(StopAndroidInstanceRequest.builder().addAndroidInstanceIds(PHONE).build());
    assertThat(status(PHONE)).isEqualTo("STOPPING");
    fake.time().advance(Duration.ofSeconds(3));
    assertThat(status(PHONE)).isEqualTo("STOPPED");

    ecp.startAndroidInstance(StartAndroidInstanceRequest.builder().addAndroidInstanceIds(PHONE).build());
    assertThat(status(PHONE)).isEqualTo("STARTING");
    fake.time().advance(Duration.ofSeconds(3));
    assertThat(status(PHONE)).isEqualTo("RUNNING");
  }

  @Test
  void resetAndroidInstancesInGroup_stoppedInstance_endsRunning() {
    ecp.resetAndroidInstancesInGroup(ResetAndroidInstancesInGroupRequest.builder()
        .addAndroidInstanceIds("acp-fake001004").build());

    assertThat(status("acp-fake001004")).isEqualTo("RESETTING");
    fake.time().advance(Duration.ofSeconds(3));
    assertThat(status("acp-fake001004")).isEqualTo("RUNNING");
  }

  @Test
  void startAndroidInstance_runningInstance_leavesItAndFailsItsChildTask() {
    String requestId = ecp.startAndroidInstance(StartAndroidInstanceRequest.builder()
        .addAndroidInstanceIds(PHONE, "acp-fake001004").build()).requestId().orElseThrow();

    List<Task> tasks = ecp.describeTasks(DescribeTasksRequest.builder().invokeId(requestId).level(2).build()).data();
    assertThat(status(PHONE)).isEqualTo("RUNNING");
    assertThat(tasks).filteredOn(t -> t.instanceId().orElseThrow().equals(PHONE)).singleElement()
        .satisfies(t -> {
          assertThat(t.taskStatus()).contains("Failed");
          assertThat(t.errorCode()).contains("InstanceStatus.Invalid");
        });
  }

  @Test
  @SuppressWarnings("deprecation") // DescribeInvocations is being retired for DescribeTasks, but still served
  void runCommand_thenDescribeInvocations_runningThenOutputPerInstance() {
    String invokeId = ecp.runCommand(RunCommandRequest.builder().commandContent("echo hello")
        .addInstanceIds(PHONE, "acp-fake002001").build()).invokeId().orElseThrow();
    DescribeInvocationsRequest read = DescribeInvocationsRequest.builder().invocationId(invokeId)
        .addInstanceIds(PHONE, "acp-fake002001").build();

    assertThat(ecp.describeInvocations(read).data()).extracting(i -> i.invocationStatus().orElseThrow())
        .containsOnly("Running");
    fake.time().advance(Duration.ofSeconds(3));
    List<Invocation> done = ecp.describeInvocations(read).data();
    assertThat(done).extracting(i -> i.instanceId().orElseThrow(), i -> i.invocationStatus().orElseThrow(),
        i -> i.output().orElseThrow()).containsExactly(
            tuple(PHONE, "Success", "hello"),
            tuple("acp-fake002001", "Success", "hello"));
  }

  @Test
  @SuppressWarnings("deprecation")
  void runCommand_customShell_answersWithIt() {
    fake.shell((instance, command) -> instance + " says " + command);
    String invokeId = ecp.runCommand(RunCommandRequest.builder().commandContent("aGk=").contentEncoding("Base64")
        .addInstanceIds(PHONE).build()).invokeId().orElseThrow();
    fake.time().advance(Duration.ofSeconds(3));

    assertThat(ecp.describeInvocations(DescribeInvocationsRequest.builder().invocationId(invokeId)
        .addInstanceIds(PHONE).build()).data()).singleElement()
        .satisfies(i -> assertThat(i.output()).contains(PHONE + " says hi"));
  }

  @Test
  void installApp_onAGroup_batchTaskWithAChildPerInstanceFinishesOnTime() {
    String taskId = ecp.installApp(InstallAppRequest.builder().addAppIdList("app-123")
        .addInstanceGroupIdList("ag-fake000000002").build()).taskId().orElseThrow();

    Task batch = ecp.describeTasks(DescribeTasksRequest.builder().addTaskIds(taskId).build()).data().get(0);
    assertThat(batch.taskStatus()).contains("Processing");
    fake.time().advance(Duration.ofSeconds(3));
    List<Task> tasks = ecp.describeTasks(DescribeTasksRequest.builder().parentTaskId(taskId).build()).data();
    // The group's fourth instance is stopped, so its child fails.
    assertThat(tasks).hasSize(4).extracting(t -> t.taskStatus().orElseThrow())
        .containsExactly("Finished", "Finished", "Finished", "Failed");
    assertThat(ecp.describeTasks(DescribeTasksRequest.builder().addTaskIds(taskId).build()).data().get(0)
        .taskStatus()).contains("PartFinished");
  }

  @Test
  void sendFile_fromOss_answersATaskPerInstance() {
    SendFileResponse sent = ecp.sendFile(SendFileRequest.builder().addAndroidInstanceIdList(PHONE, "acp-fake001002")
        .sourceFilePath("/sdcard/Download").uploadType("OSS").uploadEndpoint("oss-cn-shanghai-internal.aliyuncs.com")
        .uploadUrl("oss://bucket/dir/app.txt").build());
    fake.time().advance(Duration.ofSeconds(3));

    assertThat(sent.data()).extracting(d -> d.androidInstanceId().orElseThrow()).containsExactly(PHONE,
        "acp-fake001002");
    Task child = ecp.describeTasks(DescribeTasksRequest.builder().addTaskIds(sent.data().get(0).taskId()
        .orElseThrow()).build()).data().get(0);
    assertThat(child.taskType()).contains("SendFile");
    assertThat(child.taskStatus()).contains("Finished");
    assertThat(child.result()).contains("saved /sdcard/Download/app.txt");
  }

  @Test
  void modifyAndroidInstance_newName_renamesTheInstance() {
    ecp.modifyAndroidInstance(ModifyAndroidInstanceRequest.builder().androidInstanceId(PHONE)
        .newAndroidInstanceName("renamed-01").build());

    assertThat(fake.phoneName(PHONE)).isEqualTo("renamed-01");
    assertThat(ecp.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().addAndroidInstanceIds(PHONE)
        .build()).instanceModel().get(0).androidInstanceName()).contains("renamed-01");
  }

  @Test
  void acs3Client_describeAndroidInstances_isAccepted() {
    AlibabaCloudPhoneClient acs3 = fake.clientBuilder().signatureVersion(AlibabaSignatureVersion.ACS3_HMAC_SHA256)
        .build();

    assertThat(acs3.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().build()).instanceModel())
        .hasSize(12);
    assertThat(fake.requestLog().requests()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(200));
  }

  private String status(String instanceId) {
    return ecp.describeAndroidInstances(DescribeAndroidInstancesRequest.builder().addAndroidInstanceIds(instanceId)
        .build()).instanceModel().get(0).androidInstanceStatus().orElseThrow();
  }
}
