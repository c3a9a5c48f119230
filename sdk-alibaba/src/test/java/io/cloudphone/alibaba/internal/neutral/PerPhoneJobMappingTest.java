package io.cloudphone.alibaba.internal.neutral;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.alibaba.model.AppChildTask;
import io.cloudphone.alibaba.model.ChildTask;
import io.cloudphone.alibaba.model.ChildTaskGroup;
import io.cloudphone.alibaba.model.InstallAppResponse;
import io.cloudphone.alibaba.model.RunCommandInfo;
import io.cloudphone.alibaba.model.RunCommandResponse;
import io.cloudphone.alibaba.model.RunSyncCommandResponse;
import io.cloudphone.alibaba.model.SyncCommandResult;
import io.cloudphone.alibaba.model.Task;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the answers of Reboot/Reset, RunCommand and InstallApp become each phone's recorded job id. */
class PerPhoneJobMappingTest {
  private static final List<String> CHUNK = List.of("acp-1", "acp-2", "acp-3");

  @Test
  void childTasks_everyPhoneNamed_eachUnderItsOwnTask() {
    Map<String, ItemResult> out = AlibabaPhones.childTasks(CHUNK, Optional.of(group(
        child("acp-1", "t-c1"), child("acp-2", "t-c2"), child("acp-3", "t-c3"))));

    assertThat(jobs(out)).containsExactly(Map.entry("acp-1", Optional.of("t-c1")),
        Map.entry("acp-2", Optional.of("t-c2")), Map.entry("acp-3", Optional.of("t-c3")));
    assertThat(out.values()).extracting(ItemResult::outcome).containsOnly(ItemOutcome.IN_PROGRESS);
  }

  @Test
  void childTasks_noTasksInTheAnswer_noJobSoTheStatusIsFollowed() {
    Map<String, ItemResult> out = AlibabaPhones.childTasks(CHUNK, Optional.empty());

    assertThat(out.values()).extracting(ItemResult::jobId).containsOnly(Optional.empty());
    assertThat(out.values()).extracting(ItemResult::outcome).containsOnly(ItemOutcome.IN_PROGRESS);
  }

  @Test
  void childTasks_someLeftOutOrWithoutTaskId_onlyTheNamedOnesGetATask() {
    ChildTask noTaskId = ChildTask.builder().instanceId("acp-3").build();
    Map<String, ItemResult> out = AlibabaPhones.childTasks(CHUNK, Optional.of(group(child("acp-1", "t-c1"),
        noTaskId)));

    assertThat(jobs(out)).containsExactly(Map.entry("acp-1", Optional.of("t-c1")),
        Map.entry("acp-2", Optional.empty()), Map.entry("acp-3", Optional.empty()));
  }

  @Test
  void invocations_perInstanceInvokeIds_eachUnderItsOwnElseTheRunsInvokeId() {
    RunCommandResponse response = RunCommandResponse.builder().invokeId("t-run").taskId("t-batch")
        .addRunCommandInfos(RunCommandInfo.builder().instanceId("acp-1").invokeId("t-run-1")
            .childTaskId("t-c1").build())
        .build();

    assertThat(jobs(AlibabaPhones.invocations(CHUNK, response))).containsExactly(
        Map.entry("acp-1", Optional.of("t-run-1")), Map.entry("acp-2", Optional.of("t-run")),
        Map.entry("acp-3", Optional.of("t-run")));
  }

  @Test
  void invocations_noInvokeIdAtAll_phonesFail() {
    Map<String, ItemResult> out = AlibabaPhones.invocations(CHUNK, RunCommandResponse.builder().build());

    assertThat(out.values()).extracting(ItemResult::outcome).containsOnly(ItemOutcome.FAILED);
  }

  @Test
  void installed_childTaskInfo_eachPhoneUnderItsChildTaskForThisApp() {
    InstallAppResponse response = InstallAppResponse.builder().taskId("t-batch")
        .addChildTaskInfo(appChild("acp-1", "app-1", "t-c1"), appChild("acp-1", "app-other", "t-x"),
            appChild("acp-2", "app-1", "t-c2"))
        .build();

    assertThat(jobs(AlibabaPhones.installed(CHUNK, "app-1", response))).containsExactly(
        Map.entry("acp-1", Optional.of("t-c1")), Map.entry("acp-2", Optional.of("t-c2")),
        Map.entry("acp-3", Optional.of("t-batch")));
  }

  @Test
  void installed_onlyABatchTask_everyPhoneUnderTheBatchTask() {
    Map<String, ItemResult> out = AlibabaPhones.installed(CHUNK, "app-1",
        InstallAppResponse.builder().taskId("t-batch").build());

    assertThat(out.values()).extracting(ItemResult::jobId).containsOnly(Optional.of("t-batch"));
  }

  @Test
  void installed_childTasksForSomeAndNoBatchTask_theOthersFail() {
    Map<String, ItemResult> out = AlibabaPhones.installed(CHUNK, "app-1",
        InstallAppResponse.builder().addChildTaskInfo(appChild("acp-1", "app-1", "t-c1")).build());

    assertThat(out.get("acp-1").outcome()).isEqualTo(ItemOutcome.IN_PROGRESS);
    assertThat(out.get("acp-2").outcome()).isEqualTo(ItemOutcome.FAILED);
  }

  @Test
  void installed_noTaskAtAll_theAcceptanceIsTheOutcome() {
    Map<String, ItemResult> out = AlibabaPhones.installed(CHUNK, "app-1", InstallAppResponse.builder().build());

    assertThat(out.values()).extracting(ItemResult::outcome).containsOnly(ItemOutcome.SUCCEEDED);
  }

  @Test
  void syncResults_finishedRunningAndMissing_finalFollowedAndFailed() {
    RunSyncCommandResponse response = RunSyncCommandResponse.builder()
        .addData(sync("acp-1", "Success", "ok"), sync("acp-2", "RUNNING", ""))
        .build();

    Map<String, ItemResult> out = AlibabaPhones.syncResults(CHUNK, response);

    assertThat(out.get("acp-1").outcome()).isEqualTo(ItemOutcome.SUCCEEDED);
    assertThat(out.get("acp-1").output()).contains("ok");
    assertThat(out.get("acp-1").jobId()).contains("t-sync");
    assertThat(out.get("acp-2").outcome()).isEqualTo(ItemOutcome.IN_PROGRESS);
    assertThat(out.get("acp-2").jobId()).contains("t-sync");
    assertThat(out.get("acp-3").outcome()).isEqualTo(ItemOutcome.FAILED);
  }

  @Test
  void syncResults_failedOrTimedOut_failWithTheStatusAsCode() {
    Map<String, ItemResult> out = AlibabaPhones.syncResults(List.of("acp-1", "acp-2"), RunSyncCommandResponse
        .builder().addData(sync("acp-1", "Failed", "boom"), sync("acp-2", "Timeout", "")).build());

    assertThat(out.values()).extracting(ItemResult::outcome).containsOnly(ItemOutcome.FAILED);
    assertThat(out.get("acp-2").errorCode()).contains("Timeout");
  }

  @Test
  void usesSyncCommand_upTo50DistinctPhones() {
    List<String> fifty = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "acp-" + i).toList();
    List<String> fiftyWithRepeat = new java.util.ArrayList<>(fifty);
    fiftyWithRepeat.add("acp-0");
    List<String> fiftyOne = new java.util.ArrayList<>(fifty);
    fiftyOne.add("acp-50");

    assertThat(AlibabaPhones.usesSyncCommand(List.of("acp-1"))).isTrue();
    assertThat(AlibabaPhones.usesSyncCommand(fifty)).isTrue();
    assertThat(AlibabaPhones.usesSyncCommand(fiftyWithRepeat)).isTrue();
    assertThat(AlibabaPhones.usesSyncCommand(fiftyOne)).isFalse();
  }

  @Test
  void isBatch_byLevelElseByWhetherItNamesAnInstance() {
    assertThat(PhoneTasks.isBatch(Task.builder().taskId("t").level(1).build())).isTrue();
    assertThat(PhoneTasks.isBatch(Task.builder().taskId("t").level(2).build())).isFalse();
    assertThat(PhoneTasks.isBatch(Task.builder().taskId("t").instanceId("acp-1").build())).isFalse();
    assertThat(PhoneTasks.isBatch(Task.builder().taskId("t").build())).isTrue();
  }

  private static SyncCommandResult sync(String instance, String status, String output) {
    return SyncCommandResult.builder().instanceId(instance).invocationId("t-sync").invocationStatus(status)
        .output(output).build();
  }

  private static ChildTaskGroup group(ChildTask... children) {
    return ChildTaskGroup.builder().parentTaskId("t-parent").addChildTasks(children).build();
  }

  private static ChildTask child(String instance, String task) {
    return ChildTask.builder().instanceId(instance).taskId(task).build();
  }

  private static AppChildTask appChild(String instance, String app, String task) {
    return AppChildTask.builder().instanceId(instance).appId(app).childTaskId(task).build();
  }

  private static List<Map.Entry<String, Optional<String>>> jobs(Map<String, ItemResult> out) {
    return out.values().stream().map(item -> Map.entry(item.id(), item.jobId())).toList();
  }
}
