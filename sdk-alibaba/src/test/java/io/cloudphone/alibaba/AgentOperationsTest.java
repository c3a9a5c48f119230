package io.cloudphone.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.cloudphone.alibaba.model.ActivateEdgeMobileAgentRequest;
import io.cloudphone.alibaba.model.ActivateEdgeMobileAgentResponse;
import io.cloudphone.alibaba.model.AgentAuthToken;
import io.cloudphone.alibaba.model.AgentCreditConfig;
import io.cloudphone.alibaba.model.AgentRunConfig;
import io.cloudphone.alibaba.model.AgentTarget;
import io.cloudphone.alibaba.model.AgentTask;
import io.cloudphone.alibaba.model.AgentTaskCancellation;
import io.cloudphone.alibaba.model.AgentTaskPause;
import io.cloudphone.alibaba.model.AgentTaskResumption;
import io.cloudphone.alibaba.model.CancelAgentTaskRequest;
import io.cloudphone.alibaba.model.CancelAgentTaskResponse;
import io.cloudphone.alibaba.model.ClarificationAnswer;
import io.cloudphone.alibaba.model.DescribeAgentTaskRequest;
import io.cloudphone.alibaba.model.DescribeAgentTaskResponse;
import io.cloudphone.alibaba.model.DescribeJVSInstanceRequest;
import io.cloudphone.alibaba.model.DescribeJVSInstanceResponse;
import io.cloudphone.alibaba.model.EdgeAgentActivation;
import io.cloudphone.alibaba.model.InstalledAgentSkill;
import io.cloudphone.alibaba.model.JvsInstance;
import io.cloudphone.alibaba.model.ModifyJVSInstanceRequest;
import io.cloudphone.alibaba.model.ModifyJVSInstanceResponse;
import io.cloudphone.alibaba.model.PauseAgentTaskRequest;
import io.cloudphone.alibaba.model.PauseAgentTaskResponse;
import io.cloudphone.alibaba.model.RefreshAuthTokensRequest;
import io.cloudphone.alibaba.model.RefreshAuthTokensResponse;
import io.cloudphone.alibaba.model.ResumeAgentTaskRequest;
import io.cloudphone.alibaba.model.ResumeAgentTaskResponse;
import io.cloudphone.alibaba.model.RunAgentTaskRequest;
import io.cloudphone.alibaba.model.RunAgentTaskResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agent (JVS and edge) and agent-task operations on the wire: every parameter in the query string, lists
 * flattened ({@code TaskIds.N}, {@code CreditConfig.N.*}, {@code ClarificationAnswers.N.SelectedIds.M},
 * {@code Targets.N.*}), {@code RunConfig} and {@code DeviceMeta} as JSON text, the comma-joined id strings of
 * RefreshAuthTokens, and the answers parsed into typed models.
 *
 * <p>Fixtures: every {@code alibaba/<Action>.json} used here carries the example values that Alibaba documents for
 * the operation's response fields (the same values its API reference shows). Values the reference leaves without an
 * example were filled in from the field table: DescribeJVSInstance's {@code AgentVersion}, {@code InstalledSkills}
 * and {@code PendingUpgradeCount}, and DescribeAgentTask's {@code DigestSource}, {@code TaskDigest} and
 * {@code Reason}. Two documented quirks are kept verbatim: the {@code Code} examples of DescribeAgentTask and
 * RunAgentTask are a sentence rather than {@code 200}, and DescribeJVSInstance's status example reads
 * {@code RUNNNING}.
 */
class AgentOperationsTest extends AgentWireTest {

  // ------------------------------------------------------------------------------------------------ agents

  @Test
  void activateEdgeMobileAgent_deviceMetaMap_sentAsJsonTextAndActivationParsed() {
    enqueueFixture("ActivateEdgeMobileAgent");

    ActivateEdgeMobileAgentResponse response = client.activateEdgeMobileAgent(ActivateEdgeMobileAgentRequest.builder()
        .deviceClass("BOX").deviceId("sn-0001eevqa6jeapl*****").licenseKey("lic-ez197xvdf0j5eo0*****")
        .putDeviceMeta("firmwareVersion", "1.0.0").putDeviceMeta("deviceModel", "X1 \"Pro\"")
        .putDeviceMeta("screen", Map.of("width", 1080)).build());

    SentRpcRequest sent = takeQueryOnly("ActivateEdgeMobileAgent");
    Map<String, String> query = operationQuery(sent);
    assertThat(query).containsOnlyKeys("DeviceClass", "DeviceId", "DeviceMeta", "LicenseKey");
    assertThat(query).contains(entry("DeviceClass", "BOX"), entry("DeviceId", "sn-0001eevqa6jeapl*****"),
        entry("LicenseKey", "lic-ez197xvdf0j5eo0*****"));
    assertThat(sentJson(query.get("DeviceMeta")))
        .isEqualTo(json("{'firmwareVersion':'1.0.0','deviceModel':'X1 \\'Pro\\'','screen':{'width':1080}}"));

    EdgeAgentActivation data = response.data().orElseThrow();
    assertThat(response.requestId()).hasValue("5C5CEF0A-D6E1-58D3-8750-67DB4F82****");
    assertThat(data.instanceId()).hasValue("em-uto81vfd8t8z****");
    assertThat(data.deviceId()).hasValue("sn-0001eevqa6jeapl*****");
    assertThat(data.idempotent()).hasValue(false);
    assertThat(data.authToken()).hasValue("cpk-81vfd8t8zdfxdf*****");
  }

  @Test
  void activateEdgeMobileAgent_secrets_neverInToString() {
    ActivateEdgeMobileAgentRequest request = ActivateEdgeMobileAgentRequest.builder()
        .deviceId("sn-1").licenseKey("lic-secret-key").build();
    EdgeAgentActivation activation = EdgeAgentActivation.builder().authToken("cpk-secret-token").build();

    assertThat(request.toString()).doesNotContain("lic-secret-key");
    assertThat(activation.toString()).doesNotContain("cpk-secret-token");
  }

  @Test
  void activateEdgeMobileAgent_requiredOnly_noDeviceMetaSent() {
    enqueueFixture("ActivateEdgeMobileAgent");

    client.activateEdgeMobileAgent(ActivateEdgeMobileAgentRequest.builder().deviceId("sn-1").licenseKey("lic-1").build());

    assertThat(operationQuery(takeQueryOnly("ActivateEdgeMobileAgent")))
        .containsOnly(entry("DeviceId", "sn-1"), entry("LicenseKey", "lic-1"));
  }

  @Test
  void describeJVSInstance_filters_flattenedAndInstancesParsed() {
    enqueueFixture("DescribeJVSInstance");

    DescribeJVSInstanceResponse response = client.describeJVSInstance(DescribeJVSInstanceRequest.builder()
        .addInstanceIds("acp-1", "acp-2").maxResults(10).nextToken("tok+/*").build());

    assertThat(operationQuery(takeQueryOnly("DescribeJVSInstance"))).containsOnly(entry("InstanceIds.1", "acp-1"),
        entry("InstanceIds.2", "acp-2"), entry("MaxResults", "10"), entry("NextToken", "tok+/*"));
    assertThat(response.requestId()).hasValue("425F351C-3F8E-5218-A520-B6311D0D****");
    assertThat(response.totalCount()).hasValue(30);
    assertThat(response.maxResults()).hasValue(10);
    assertThat(response.pendingUpgradeCount()).hasValue(1);
    assertThat(response.nextToken()).hasValue("AAAAAV3MpHK1AP0pfERHZN5pu6kU+SQXzm0H9mu/FiSc****");
    JvsInstance instance = response.data().get(0);
    assertThat(instance.instanceId()).hasValue("acp-uto81vfd8t8z****");
    assertThat(instance.status()).hasValue("RUNNNING");
    assertThat(instance.createTime()).hasValue("2026-04-10T01:31:32Z");
    assertThat(instance.expireTime()).hasValue("2026-04-10T01:31:32Z");
    assertThat(instance.modifyTime()).hasValue("2026-04-10T01:31:32Z");
    assertThat(instance.jvsPackageId()).hasValue("null");
    assertThat(instance.agentVersion().flatMap(v -> v.version())).hasValue("1.2.0");
    assertThat(instance.agentVersion().flatMap(v -> v.upgradeStatus())).hasValue("UPGRADABLE");
    assertThat(instance.creditConfig()).extracting(c -> c.creditLimit().orElseThrow(), c -> c.limitPeriod().orElseThrow())
        .containsExactly(tuple(-1L, "day"));
    assertThat(instance.usedCredit()).extracting(c -> c.credit().orElseThrow(), c -> c.limitPeriod().orElseThrow())
        .containsExactly(tuple(5L, "day"));
    InstalledAgentSkill skill = instance.installedSkills().get(0);
    assertThat(skill.skillId()).hasValue("sk-1a2b3c4d****");
    assertThat(skill.skillName()).hasValue("app-installer");
    assertThat(skill.skillType()).hasValue("SYSTEM");
    assertThat(skill.iconUrl()).hasValue("https://example.com/icons/app-installer.png");
    assertThat(skill.installedAt()).hasValue("2026-04-10T01:31:32Z");
    assertThat(skill.description()).hasValue("Installs apps from an app store");
  }

  @Test
  void describeJVSInstancePaged_twoPages_tokenPassedBackVerbatim() {
    enqueue("{'Data':[{'InstanceId':'acp-1'},{'InstanceId':'acp-2'}],'NextToken':'n+1/*','TotalCount':3}");
    enqueue("{'Data':[{'InstanceId':'acp-3'}],'NextToken':'','TotalCount':3}");

    List<String> ids = client.describeJVSInstancePaged(DescribeJVSInstanceRequest.builder().maxResults(2).build())
        .stream().map(i -> i.instanceId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("acp-1", "acp-2", "acp-3");
    assertThat(operationQuery(takeQueryOnly("DescribeJVSInstance"))).containsOnly(entry("MaxResults", "2"));
    assertThat(operationQuery(takeQueryOnly("DescribeJVSInstance")))
        .containsOnly(entry("MaxResults", "2"), entry("NextToken", "n+1/*"));
  }

  @Test
  void modifyJVSInstance_creditConfigList_flattenedWithIndexedKeys() {
    enqueueFixture("ModifyJVSInstance");

    ModifyJVSInstanceResponse response = client.modifyJVSInstance(ModifyJVSInstanceRequest.builder()
        .agentVersion("latest").applyToAll(false).imageId("imgc-1").addInstanceIds("acp-1", "acp-2")
        .instanceName("defaultInstanceName")
        .addCreditConfig(AgentCreditConfig.builder().creditLimit(10L).limitPeriod("day").build(),
            AgentCreditConfig.builder().creditLimit(-1L).limitPeriod("total").build())
        .build());

    assertThat(operationQuery(takeQueryOnly("ModifyJVSInstance"))).containsOnly(entry("AgentVersion", "latest"),
        entry("ApplyToAll", "false"), entry("ImageId", "imgc-1"), entry("InstanceIds.1", "acp-1"),
        entry("InstanceIds.2", "acp-2"), entry("InstanceName", "defaultInstanceName"),
        entry("CreditConfig.1.CreditLimit", "10"), entry("CreditConfig.1.LimitPeriod", "day"),
        entry("CreditConfig.2.CreditLimit", "-1"), entry("CreditConfig.2.LimitPeriod", "total"));
    assertThat(response.requestId()).hasValue("6C8439B9-7DBF-57F4-92AE-55A9B9D3****");
  }

  /** Quirk: RefreshAuthTokens takes its two id lists as single comma-separated strings, not {@code Name.N}. */
  @Test
  void refreshAuthTokens_idLists_sentCommaJoinedAndTokensParsed() {
    enqueueFixture("RefreshAuthTokens");

    RefreshAuthTokensResponse response = client.refreshAuthTokens(RefreshAuthTokensRequest.builder()
        .expireSeconds(600L).addInstanceIds("acp-2zef0gov2nh2l3xxx", "acp-2zef0gov2nh2l3yyy")
        .addLicenseKeys("lk-abcdef1234567890", "lk-abcdef1234567891").build());

    assertThat(operationQuery(takeQueryOnly("RefreshAuthTokens"))).containsOnly(entry("ExpireSeconds", "600"),
        entry("InstanceIds", "acp-2zef0gov2nh2l3xxx,acp-2zef0gov2nh2l3yyy"),
        entry("LicenseKeys", "lk-abcdef1234567890,lk-abcdef1234567891"));
    assertThat(response.requestId()).hasValue("9A51B1DF-96FF-3BCC-B08C-783161D3****");
    assertThat(response.data().flatMap(d -> d.baseUrl())).hasValue("https://ai-gateway.example.com/v1");
    AgentAuthToken token = response.data().orElseThrow().tokens().get(0);
    assertThat(token.authToken()).hasValue("cp******lp");
    assertThat(token.expireAt()).hasValue(1719648600L);
    assertThat(token.issuedAt()).hasValue(1719648000L);
    assertThat(token.expireSeconds()).hasValue(600L);
    assertThat(token.instanceId()).hasValue("acp-2zef0gov2nh2l3xxx");
    assertThat(token.licenseKey()).hasValue("lk-abcdef1234567890");
    assertThat(token.toString()).doesNotContain("cp******lp").doesNotContain("lk-abcdef1234567890");
  }

  @Test
  void refreshAuthTokens_singleIdAndNoKeys_oneIdWithoutCommaAndNoEmptyParameter() {
    enqueueFixture("RefreshAuthTokens");

    client.refreshAuthTokens(RefreshAuthTokensRequest.builder().addInstanceIds("acp-1").build());

    assertThat(operationQuery(takeQueryOnly("RefreshAuthTokens"))).containsOnly(entry("InstanceIds", "acp-1"));
  }

  // ------------------------------------------------------------------------------------------------ agent tasks

  @Test
  void cancelAgentTask_taskIds_flattenedAndOutcomesParsed() {
    enqueueFixture("CancelAgentTask");

    CancelAgentTaskResponse response = client.cancelAgentTask(CancelAgentTaskRequest.builder()
        .addTaskIds("t-1", "t-2").build());

    assertThat(operationQuery(takeQueryOnly("CancelAgentTask")))
        .containsOnly(entry("TaskIds.1", "t-1"), entry("TaskIds.2", "t-2"));
    assertThat(response.code()).hasValue("200");
    assertThat(response.message()).hasValue("Success.");
    assertThat(response.requestId()).hasValue("4B886792-2051-5DB4-8AE6-C8E45D3B4****");
    AgentTaskCancellation task = response.tasks().get(0);
    assertThat(task.taskId()).hasValue("t-imr0fufqd7cle****");
    assertThat(task.instanceId()).hasValue("acp-ek65k51zoxia3x8xz");
    assertThat(task.previousStatus()).hasValue("RUNNING");
    assertThat(task.currentStatus()).hasValue("COMPLETED");
    assertThat(task.cancelAt()).hasValue("2026-04-13T17:42:19Z");
    assertThat(task.failedReason()).hasValueSatisfying(r -> assertThat(r).startsWith("Task status [COMPLETED]"));
  }

  @Test
  void describeAgentTask_taskIds_flattenedAndTaskParsed() {
    enqueueFixture("DescribeAgentTask");

    DescribeAgentTaskResponse response = client.describeAgentTask(DescribeAgentTaskRequest.builder()
        .addTaskIds("t-bp67acfmxazb4p****").build());

    assertThat(operationQuery(takeQueryOnly("DescribeAgentTask"))).containsOnly(entry("TaskIds.1", "t-bp67acfmxazb4p****"));
    assertThat(response.requestId()).hasValue("310A783E-CC46-5452-A8A3-71AE5DB5****");
    assertThat(response.code()).hasValue("For example, \"200\" indicates success.");
    assertThat(response.count()).hasValue(1);
    AgentTask task = response.tasks().get(0);
    assertThat(task.taskId()).hasValue("t-imr0fufqd7cle****");
    assertThat(task.instanceId()).hasValue("acp-anzzuho371azi44xr");
    assertThat(task.userPrompt()).hasValue("Download DingTalk from App Store");
    assertThat(task.currentStatus()).hasValue("COMPLETED");
    assertThat(task.runningAt()).hasValue("2026-04-13T17:42:19Z");
    assertThat(task.steps()).hasValue("30");
    assertThat(task.taskResult()).hasValue("Download DingTalk succeeded.");
    assertThat(task.taskDuration()).hasValue("50");
    assertThat(task.taskDigest()).hasValue("Download DingTalk");
    assertThat(task.digestSource()).hasValue("PROMPT_AUTO");
    assertThat(task.sessionId()).isEmpty();
  }

  @Test
  void pauseAgentTask_taskIds_flattenedAndOutcomesParsed() {
    enqueueFixture("PauseAgentTask");

    PauseAgentTaskResponse response = client.pauseAgentTask(PauseAgentTaskRequest.builder().addTaskIds("t-1").build());

    assertThat(operationQuery(takeQueryOnly("PauseAgentTask"))).containsOnly(entry("TaskIds.1", "t-1"));
    assertThat(response.requestId()).hasValue("E38B41A8-8E00-5AE4-A957-6636ACB8****");
    AgentTaskPause task = response.tasks().get(0);
    assertThat(task.currentStatus()).hasValue("PAUSING");
    assertThat(task.previousStatus()).hasValue("RUNNING");
    assertThat(task.pausingAt()).hasValue("2026-04-13T17:42:19Z");
    assertThat(task.instanceId()).hasValue("acp-anzzuho371azi44xr");
    assertThat(task.taskId()).hasValue("t-imr0fufqd7cle****");
    assertThat(task.failedReason()).isPresent();
  }

  @Test
  void resumeAgentTask_clarificationAnswers_flattenedTwoLevelsDeep() {
    enqueueFixture("ResumeAgentTask");

    ResumeAgentTaskResponse response = client.resumeAgentTask(ResumeAgentTaskRequest.builder()
        .addTaskIds("t-1").additionalPrompt("Use the work account").toolCallId("call-7")
        .addClarificationAnswers(ClarificationAnswer.builder().id("q1").addSelectedIds("a", "b").build(),
            ClarificationAnswer.builder().id("q2").customValue("tomorrow 9:00").build())
        .build());

    assertThat(operationQuery(takeQueryOnly("ResumeAgentTask"))).containsOnly(entry("TaskIds.1", "t-1"),
        entry("AdditionalPrompt", "Use the work account"), entry("ToolCallId", "call-7"),
        entry("ClarificationAnswers.1.Id", "q1"), entry("ClarificationAnswers.1.SelectedIds.1", "a"),
        entry("ClarificationAnswers.1.SelectedIds.2", "b"), entry("ClarificationAnswers.2.Id", "q2"),
        entry("ClarificationAnswers.2.CustomValue", "tomorrow 9:00"));
    assertThat(response.requestId()).hasValue("1A923337-44D9-5CAD-9A53-95084BD4****");
    AgentTaskResumption task = response.tasks().get(0);
    assertThat(task.currentStatus()).hasValue("RUNNING");
    assertThat(task.resumingAt()).hasValue("2026-04-13T17:42:19Z");
    assertThat(task.instanceId()).hasValue("acp-ek65k51zoxia3x8xz");
    assertThat(task.taskId()).hasValue("t-imr0fufqd7cle****");
    assertThat(task.failedReason()).isPresent();
  }

  @Test
  void runAgentTask_everyParameter_runConfigJsonStringTargetsFlattenedAndTasksParsed() {
    enqueueFixture("RunAgentTask");

    RunAgentTaskResponse response = client.runAgentTask(RunAgentTaskRequest.builder()
        .bizRegionId("cn-shanghai").addInstanceIds("acp-1").maxSteps(30).scheduleId("sch-1").taskConfigId("tsk-1")
        .timeoutSeconds(600).userPrompt("Go to App Store and download DingTalk")
        .runConfig(AgentRunConfig.builder().addSkills("app-installer", "browser").build())
        .addTargets(AgentTarget.builder().instanceId("acp-2").build(),
            AgentTarget.builder().instanceId("acp-3").sessionId("ses-260702-21bh****").build())
        .build());

    Map<String, String> query = operationQuery(takeQueryOnly("RunAgentTask"));
    assertThat(query).containsOnlyKeys("BizRegionId", "InstanceIds.1", "MaxSteps", "RunConfig", "ScheduleId",
        "Targets.1.InstanceId", "Targets.2.InstanceId", "Targets.2.SessionId", "TaskConfigId", "TimeoutSeconds",
        "UserPrompt");
    assertThat(query).contains(entry("BizRegionId", "cn-shanghai"), entry("InstanceIds.1", "acp-1"),
        entry("MaxSteps", "30"), entry("ScheduleId", "sch-1"), entry("Targets.1.InstanceId", "acp-2"),
        entry("Targets.2.InstanceId", "acp-3"), entry("Targets.2.SessionId", "ses-260702-21bh****"),
        entry("TaskConfigId", "tsk-1"), entry("TimeoutSeconds", "600"),
        entry("UserPrompt", "Go to App Store and download DingTalk"));
    assertThat(sentJson(query.get("RunConfig"))).isEqualTo(json("{'Skills':['app-installer','browser']}"));

    assertThat(response.count()).hasValue(1);
    assertThat(response.message()).hasValue("Success.");
    assertThat(response.requestId()).hasValue("6C8439B9-7DBF-57F4-92AE-55A9B9D3****");
    AgentTask task = response.tasks().get(0);
    assertThat(task.taskId()).hasValue("t-imr0fufqd7cle****");
    assertThat(task.instanceId()).hasValue("acp-ek65k51zoxia3x8xz");
    assertThat(task.sessionId()).hasValue("ses-260702-21bh****。");
    assertThat(task.currentStatus()).hasValue("COMPLETED");
    assertThat(task.runningAt()).hasValue("2026-04-13T17:42:19Z");
    assertThat(task.userPrompt()).hasValue("Go to App Store and download DingTalk");
  }

  @Test
  void runAgentTask_emptyRunConfig_neitherRunConfigNorEmptySkillsSent() {
    enqueueFixture("RunAgentTask");

    client.runAgentTask(RunAgentTaskRequest.builder().userPrompt("hi").runConfig(AgentRunConfig.builder().build()).build());

    assertThat(operationQuery(takeQueryOnly("RunAgentTask"))).containsOnly(entry("UserPrompt", "hi"));
  }

  @Test
  void runAgentTask_runConfigWithLimitsOnly_skillsLeftOutOfTheJson() {
    enqueueFixture("RunAgentTask");

    client.runAgentTask(RunAgentTaskRequest.builder().userPrompt("hi")
        .runConfig(AgentRunConfig.builder().maxSteps(5).build()).build());

    assertThat(sentJson(operationQuery(takeQueryOnly("RunAgentTask")).get("RunConfig"))).isEqualTo(json("{'MaxSteps':5}"));
  }

  @Test
  void runAgentTask_async_sameWireAndAnswer() {
    enqueueFixture("RunAgentTask");

    RunAgentTaskResponse response = client.async().runAgentTask(RunAgentTaskRequest.builder()
        .addInstanceIds("acp-1").userPrompt("hi").build()).join();

    assertThat(operationQuery(takeQueryOnly("RunAgentTask")))
        .containsOnly(entry("InstanceIds.1", "acp-1"), entry("UserPrompt", "hi"));
    assertThat(response.tasks()).hasSize(1);
  }

  // ---------------------------------------------------------------------------------------------- limits

  static Stream<Arguments> rejectedRequests() {
    return Stream.of(
        rejected("ActivateEdgeMobileAgent without a license key", IllegalStateException.class, "licenseKey",
            c -> c.activateEdgeMobileAgent(ActivateEdgeMobileAgentRequest.builder().deviceId("sn-1").build())),
        rejected("ActivateEdgeMobileAgent blank DeviceId", IllegalArgumentException.class, "DeviceId",
            c -> c.activateEdgeMobileAgent(ActivateEdgeMobileAgentRequest.builder().deviceId(" ").licenseKey("k").build())),
        rejected("CancelAgentTask without TaskIds", IllegalArgumentException.class, "TaskIds",
            c -> c.cancelAgentTask(CancelAgentTaskRequest.builder().build())),
        rejected("PauseAgentTask without TaskIds", IllegalArgumentException.class, "TaskIds",
            c -> c.pauseAgentTask(PauseAgentTaskRequest.builder().build())),
        rejected("ResumeAgentTask without TaskIds", IllegalArgumentException.class, "TaskIds",
            c -> c.resumeAgentTask(ResumeAgentTaskRequest.builder().additionalPrompt("go on").build())),
        rejected("RefreshAuthTokens id holding a comma", IllegalArgumentException.class, "InstanceIds",
            c -> c.refreshAuthTokens(RefreshAuthTokensRequest.builder().addInstanceIds("acp-1,acp-2").build())));
  }

}
