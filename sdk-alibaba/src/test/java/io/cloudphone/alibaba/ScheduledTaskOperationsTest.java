package io.cloudphone.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudphone.alibaba.model.AgentRunConfig;
import io.cloudphone.alibaba.model.CreateScheduledTaskRequest;
import io.cloudphone.alibaba.model.CreateScheduledTaskResponse;
import io.cloudphone.alibaba.model.DeleteScheduledTaskRequest;
import io.cloudphone.alibaba.model.DeleteScheduledTaskResponse;
import io.cloudphone.alibaba.model.DescribeScheduledTaskExecutionsRequest;
import io.cloudphone.alibaba.model.DescribeScheduledTaskExecutionsResponse;
import io.cloudphone.alibaba.model.DescribeScheduledTasksRequest;
import io.cloudphone.alibaba.model.DescribeScheduledTasksResponse;
import io.cloudphone.alibaba.model.ModifyScheduledTaskRequest;
import io.cloudphone.alibaba.model.ModifyScheduledTaskResponse;
import io.cloudphone.alibaba.model.ScheduledTask;
import io.cloudphone.alibaba.model.ScheduledTaskExecution;
import io.cloudphone.core.CloudPhoneException;
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
 * Scheduled agent task operations on the wire: every parameter in the query string, {@code RunConfig} as one JSON
 * string whose {@code ExtraParams} is itself JSON text (JSON inside JSON, written by the SDK from a map), and the
 * answers parsed into typed models, {@code ExtraParams} read back into a map.
 *
 * <p>Fixtures: every {@code alibaba/<Action>.json} used here carries the example values that Alibaba documents for
 * the operation's response fields. Built from the field table, because the reference gives no example: the
 * {@code RunConfig.Skills} entry of DescribeScheduledTasks.
 */
class ScheduledTaskOperationsTest extends AgentWireTest {

  private static AgentRunConfig runConfig() {
    return AgentRunConfig.builder().maxSteps(10).timeoutSeconds(3600).addSkills("app-installer")
        .putExtraParams("batchSize", "1000").putExtraParams("note", "say \"hi\"").putExtraParams("retry", true)
        .build();
  }

  /** Checks a sent RunConfig: JSON text whose ExtraParams is a JSON string that itself holds a JSON object. */
  private static void assertRunConfigSent(String runConfigText) {
    JsonNode runConfig = sentJson(runConfigText);
    assertThat(runConfig.get("MaxSteps").asInt()).isEqualTo(10);
    assertThat(runConfig.get("TimeoutSeconds").asInt()).isEqualTo(3600);
    assertThat(runConfig.get("Skills")).isEqualTo(json("['app-installer']"));
    JsonNode extraParams = runConfig.get("ExtraParams");
    assertThat(extraParams.isTextual()).as("ExtraParams is a JSON string, not an object").isTrue();
    assertThat(sentJson(extraParams.asText()))
        .isEqualTo(json("{'batchSize':'1000','note':'say \\'hi\\'','retry':true}"));
  }

  @Test
  void createScheduledTask_everyParameter_runConfigJsonWithExtraParamsJsonTextInside() {
    enqueueFixture("CreateScheduledTask");

    CreateScheduledTaskResponse response = client.createScheduledTask(CreateScheduledTaskRequest.builder()
        .cronExpression("0 0 * * *").addInstanceIds("acp-1", "acp-2").maxExecutions(5).runConfig(runConfig())
        .taskName("Auto-reply to DingTalk messages.").userPrompt("Open DingTalk and reply to the first 5 unread messages.")
        .build());

    Map<String, String> query = operationQuery(takeQueryOnly("CreateScheduledTask"));
    assertThat(query).containsOnlyKeys("CronExpression", "InstanceIds.1", "InstanceIds.2", "MaxExecutions",
        "RunConfig", "TaskName", "UserPrompt");
    assertThat(query).contains(entry("CronExpression", "0 0 * * *"), entry("InstanceIds.1", "acp-1"),
        entry("InstanceIds.2", "acp-2"), entry("MaxExecutions", "5"), entry("TaskName", "Auto-reply to DingTalk messages."),
        entry("UserPrompt", "Open DingTalk and reply to the first 5 unread messages."));
    assertRunConfigSent(query.get("RunConfig"));

    assertThat(response.code()).hasValue("200");
    assertThat(response.totalCount()).hasValue(1);
    assertThat(response.requestId()).hasValue("9A51B1DF-96FF-3BCC-B08C-783161D3****");
    assertThat(response.tasks()).extracting(t -> t.scheduledId().orElseThrow(), t -> t.taskConfigId().orElseThrow())
        .containsExactly(tuple("sch-260705-agb*****", "tsk-260705-0jj*****"));
    assertThat(response.tasks().get(0).instanceResults())
        .extracting(r -> r.instanceId().orElseThrow(), r -> r.success().orElseThrow(), r -> r.errorMessage().orElseThrow())
        .containsExactly(tuple("acp-iuyb1zv1ap6nb****", true, "privateAccount not exist."));
  }

  @Test
  void createScheduledTask_requiredOnly_noRunConfigNoMaxExecutions() {
    enqueueFixture("CreateScheduledTask");

    client.createScheduledTask(CreateScheduledTaskRequest.builder().cronExpression("0 0 * * *").addInstanceIds("acp-1")
        .taskName("t").userPrompt("p").build());

    assertThat(operationQuery(takeQueryOnly("CreateScheduledTask"))).containsOnly(entry("CronExpression", "0 0 * * *"),
        entry("InstanceIds.1", "acp-1"), entry("TaskName", "t"), entry("UserPrompt", "p"));
  }

  @Test
  void deleteScheduledTask_id_sentAndResultParsed() {
    enqueueFixture("DeleteScheduledTask");

    DeleteScheduledTaskResponse response = client.deleteScheduledTask(DeleteScheduledTaskRequest.builder()
        .scheduledId("sch-260705-agbx1eev").build());

    assertThat(operationQuery(takeQueryOnly("DeleteScheduledTask"))).containsOnly(entry("ScheduledId", "sch-260705-agbx1eev"));
    assertThat(response.totalCount()).hasValue(1);
    assertThat(response.message()).hasValue("Success.");
    assertThat(response.tasks()).extracting(t -> t.scheduledId().orElseThrow(), t -> t.success().orElseThrow())
        .containsExactly(tuple("sch-260705-agbx1eev", true));
  }

  @Test
  void describeScheduledTaskExecutions_filters_sentAsQueryAndExecutionParsed() {
    enqueueFixture("DescribeScheduledTaskExecutions");

    DescribeScheduledTaskExecutionsResponse response = client.describeScheduledTaskExecutions(
        DescribeScheduledTaskExecutionsRequest.builder().scheduledId("sch-1").instanceId("acp-1")
            .startTime("2026-06-12T00:00:00").endTime("2026-06-13T00:00:00").status("COMPLETED").maxResults(20)
            .nextToken("t+1").build());

    assertThat(operationQuery(takeQueryOnly("DescribeScheduledTaskExecutions"))).containsOnly(
        entry("ScheduledId", "sch-1"), entry("InstanceId", "acp-1"), entry("StartTime", "2026-06-12T00:00:00"),
        entry("EndTime", "2026-06-13T00:00:00"), entry("Status", "COMPLETED"), entry("MaxResults", "20"),
        entry("NextToken", "t+1"));
    assertThat(response.code()).hasValue("200");
    assertThat(response.maxResults()).hasValue(20);
    assertThat(response.totalCount()).hasValue(10);
    assertThat(response.nextToken()).hasValue("AAAAAV3MpHK1AP0pfERHZN5pu6kU****");
    ScheduledTaskExecution execution = response.executions().get(0);
    assertThat(execution.taskId()).hasValue("t-260703-gby*****");
    assertThat(execution.scheduledId()).hasValue("sch-260705-agb*****");
    assertThat(execution.instanceId()).hasValue("acp-axxkuuxahbu1*****");
    assertThat(execution.status()).hasValue("COMPLETED");
    assertThat(execution.startedAt()).hasValue("2026-06-12T00:00:00");
    assertThat(execution.completedAt()).hasValue("2026-06-12T00:05:30");
    assertThat(execution.durationMs()).hasValue(330000L);
    assertThat(execution.errorCode()).hasValue("TaskTimeout");
    assertThat(execution.errorMessage()).hasValue("task timeout after 600s");
    assertThat(execution.configSnapshot()).hasValue("{\"maxSteps\":10}");
    assertThat(execution.output()).hasValue("{\"result\":\"ok\"}");
  }

  @Test
  void describeScheduledTaskExecutionsPaged_twoPages_tokenPassedBack() {
    enqueue("{'Executions':[{'TaskId':'t-1'}],'NextToken':'n/2','TotalCount':2}");
    enqueue("{'Executions':[{'TaskId':'t-2'}],'TotalCount':2}");

    List<String> ids = client.describeScheduledTaskExecutionsPaged(DescribeScheduledTaskExecutionsRequest.builder()
        .scheduledId("sch-1").build()).stream().map(e -> e.taskId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("t-1", "t-2");
    assertThat(operationQuery(takeQueryOnly("DescribeScheduledTaskExecutions"))).containsOnly(entry("ScheduledId", "sch-1"));
    assertThat(operationQuery(takeQueryOnly("DescribeScheduledTaskExecutions")))
        .containsOnly(entry("ScheduledId", "sch-1"), entry("NextToken", "n/2"));
  }

  @Test
  void describeScheduledTasks_bothPagingStyles_sentAndTaskWithRunConfigParsed() {
    enqueueFixture("DescribeScheduledTasks");

    DescribeScheduledTasksResponse response = client.describeScheduledTasks(DescribeScheduledTasksRequest.builder()
        .addInstanceIds("acp-1").addScheduledIds("sch-1", "sch-2").status("ACTIVE").taskName("daily")
        .maxResults(20).nextToken("tok").pageNumber(2).pageSize(10).build());

    assertThat(operationQuery(takeQueryOnly("DescribeScheduledTasks"))).containsOnly(entry("InstanceIds.1", "acp-1"),
        entry("ScheduledIds.1", "sch-1"), entry("ScheduledIds.2", "sch-2"), entry("Status", "ACTIVE"),
        entry("TaskName", "daily"), entry("MaxResults", "20"), entry("NextToken", "tok"), entry("PageNumber", "2"),
        entry("PageSize", "10"));
    assertThat(response.totalCount()).hasValue(50);
    assertThat(response.maxResults()).hasValue(20);
    assertThat(response.nextToken()).hasValue("AAAAAV3MpHK1AP0pfERHZN5pu6kU+SQXzm0H9mu/FiSc****");
    ScheduledTask task = response.tasks().get(0);
    assertThat(task.scheduledId()).hasValue("sch-260705-agb*****");
    assertThat(task.cronExpression()).hasValue("0 0 * * *");
    assertThat(task.gmtCreate()).hasValue("2026-01-01T00:00:00");
    assertThat(task.gmtModified()).hasValue("2026-06-12T10:00:00");
    assertThat(task.lastExecutionAt()).hasValue("2026-06-12T00:00:00");
    assertThat(task.nextExecutionAt()).hasValue("2026-06-13T00:00:00");
    assertThat(task.instanceIds()).containsExactly("acp-axxkuuxahbu1*****");
    assertThat(task.status()).hasValue("ACTIVE");
    assertThat(task.taskConfigId()).hasValue("tsk-260615-*****");
    assertThat(task.taskName()).hasValue("Daily data synchronization task.");
    assertThat(task.userPrompt()).hasValue("Execute daily data synchronization task.");
    assertThat(task.totalExecutions()).hasValue(100L);
    assertThat(task.totalFailures()).hasValue(2L);
    assertThat(task.version()).hasValue(1);
    AgentRunConfig runConfig = task.runConfig().orElseThrow();
    assertThat(runConfig.maxSteps()).hasValue(10);
    assertThat(runConfig.timeoutSeconds()).hasValue(3600);
    assertThat(runConfig.skills()).containsExactly("app-installer");
    assertThat(runConfig.extraParams()).containsExactly(entry("batchSize", "1000"));
  }

  @Test
  void describeScheduledTasksPaged_followsNextToken_notPageNumbers() {
    enqueue("{'Tasks':[{'ScheduledId':'sch-1'}],'NextToken':'n+2','TotalCount':2}");
    enqueue("{'Tasks':[{'ScheduledId':'sch-2'}],'NextToken':'','TotalCount':2}");

    List<String> ids = client.describeScheduledTasksPaged(DescribeScheduledTasksRequest.builder().maxResults(1).build())
        .stream().map(t -> t.scheduledId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("sch-1", "sch-2");
    assertThat(operationQuery(takeQueryOnly("DescribeScheduledTasks"))).containsOnly(entry("MaxResults", "1"));
    assertThat(operationQuery(takeQueryOnly("DescribeScheduledTasks")))
        .containsOnly(entry("MaxResults", "1"), entry("NextToken", "n+2"));
  }

  /** The service writes ExtraParams as JSON text; text that is not a JSON object is reported, not silently dropped. */
  @Test
  void describeScheduledTasks_extraParamsNotJson_failsNamingTheField() {
    enqueue("{'Tasks':[{'ScheduledId':'sch-1','RunConfig':{'ExtraParams':'batchSize=1000'}}]}");

    assertThatThrownBy(() -> client.describeScheduledTasks(DescribeScheduledTasksRequest.builder().build()))
        .isInstanceOf(CloudPhoneException.class).hasMessageContaining("ExtraParams");
  }

  @Test
  void describeScheduledTasks_extraParamsEmptyText_readAsEmptyMap() {
    enqueue("{'Tasks':[{'ScheduledId':'sch-1','RunConfig':{'ExtraParams':'','MaxSteps':3}}]}");

    ScheduledTask task = client.describeScheduledTasks(DescribeScheduledTasksRequest.builder().build()).tasks().get(0);

    assertThat(task.runConfig().orElseThrow().extraParams()).isEmpty();
    assertThat(task.runConfig().orElseThrow().maxSteps()).hasValue(3);
  }

  @Test
  void modifyScheduledTask_everyParameter_runConfigJsonAndVersionSent() {
    enqueueFixture("ModifyScheduledTask");

    ModifyScheduledTaskResponse response = client.modifyScheduledTask(ModifyScheduledTaskRequest.builder()
        .scheduledId("sch-260705-agb*****").taskVersion(1).cronExpression("0 30 * * *").addInstanceIds("acp-5")
        .runConfig(runConfig()).status("DISABLED").taskName("NewTaskName.").userPrompt("new prompt").build());

    Map<String, String> query = operationQuery(takeQueryOnly("ModifyScheduledTask"));
    assertThat(query).containsOnlyKeys("ScheduledId", "TaskVersion", "CronExpression", "InstanceIds.1", "RunConfig",
        "Status", "TaskName", "UserPrompt");
    assertThat(query).contains(entry("ScheduledId", "sch-260705-agb*****"), entry("TaskVersion", "1"),
        entry("CronExpression", "0 30 * * *"), entry("InstanceIds.1", "acp-5"), entry("Status", "DISABLED"),
        entry("TaskName", "NewTaskName."), entry("UserPrompt", "new prompt"));
    assertRunConfigSent(query.get("RunConfig"));

    assertThat(response.totalCount()).hasValue(1);
    assertThat(response.tasks()).extracting(t -> t.scheduledId().orElseThrow(), t -> t.newVersion().orElseThrow())
        .containsExactly(tuple("sch-260705-agbx*****", 2));
    assertThat(response.tasks().get(0).instanceResults())
        .extracting(r -> r.instanceId().orElseThrow(), r -> r.errorMessage().orElseThrow())
        .containsExactly(tuple("acp-4dkmkip0l0uw*****", "Instance not found."));
  }

  @Test
  void modifyScheduledTask_runConfigReadFromListing_sentBackUnchanged() {
    enqueueFixture("DescribeScheduledTasks");
    enqueueFixture("ModifyScheduledTask");
    ScheduledTask task = client.describeScheduledTasks(DescribeScheduledTasksRequest.builder().build()).tasks().get(0);
    takeQueryOnly("DescribeScheduledTasks");

    client.modifyScheduledTask(ModifyScheduledTaskRequest.builder().scheduledId(task.scheduledId().orElseThrow())
        .taskVersion(task.version().orElseThrow()).runConfig(task.runConfig().orElseThrow()).build());

    JsonNode runConfig = sentJson(operationQuery(takeQueryOnly("ModifyScheduledTask")).get("RunConfig"));
    assertThat(sentJson(runConfig.get("ExtraParams").asText())).isEqualTo(json("{'batchSize':'1000'}"));
    assertThat(runConfig.get("MaxSteps").asInt()).isEqualTo(10);
  }

  // ---------------------------------------------------------------------------------------------- limits

  static Stream<Arguments> rejectedRequests() {
    return Stream.of(
        rejected("CreateScheduledTask without instances", IllegalArgumentException.class, "InstanceIds",
            c -> c.createScheduledTask(CreateScheduledTaskRequest.builder().cronExpression("0 0 * * *").taskName("t")
                .userPrompt("p").build())),
        rejected("CreateScheduledTask blank cron", IllegalArgumentException.class, "CronExpression",
            c -> c.createScheduledTask(CreateScheduledTaskRequest.builder().cronExpression(" ").addInstanceIds("acp-1")
                .taskName("t").userPrompt("p").build())),
        rejected("CreateScheduledTask without a prompt", IllegalStateException.class, "userPrompt",
            c -> c.createScheduledTask(CreateScheduledTaskRequest.builder().cronExpression("0 0 * * *")
                .addInstanceIds("acp-1").taskName("t").build())),
        rejected("DeleteScheduledTask blank id", IllegalArgumentException.class, "ScheduledId",
            c -> c.deleteScheduledTask(DeleteScheduledTaskRequest.builder().scheduledId("").build())),
        rejected("ModifyScheduledTask without the version", IllegalStateException.class, "taskVersion",
            c -> c.modifyScheduledTask(ModifyScheduledTaskRequest.builder().scheduledId("sch-1").build())),
        rejected("DescribeScheduledTasks PageNumber 0", IllegalArgumentException.class, "PageNumber",
            c -> c.describeScheduledTasks(DescribeScheduledTasksRequest.builder().pageNumber(0).build())));
  }

}
