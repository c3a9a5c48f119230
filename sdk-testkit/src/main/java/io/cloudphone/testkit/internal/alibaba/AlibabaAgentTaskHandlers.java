package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Agent tasks and scheduled tasks. RunAgentTask starts one agent task per instance (RUNNING, COMPLETED once a
 * job's time has run, unless paused or cancelled); DescribeAgentTask, CancelAgentTask, PauseAgentTask and
 * ResumeAgentTask act on them. CreateScheduledTask keeps a cron schedule that DescribeScheduledTasks lists;
 * modifying it needs its current version.
 */
final class AlibabaAgentTaskHandlers {
  private static final int MAX_TASKS = 50;
  private static final String RUNNING = "RUNNING";
  private static final String PAUSED = "PAUSED";

  private final AlibabaWorld world;

  AlibabaAgentTaskHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("RunAgentTask", this::run)
        .on("DescribeAgentTask", this::describe)
        .on("CancelAgentTask", ex -> change(ex, Set.of(RUNNING, PAUSED), "CANCELLED", "CancelAt"))
        .on("PauseAgentTask", ex -> change(ex, Set.of(RUNNING), PAUSED, "PausingAt"))
        .on("ResumeAgentTask", ex -> change(ex, Set.of(PAUSED), RUNNING, "ResumingAt"))
        .on("CreateScheduledTask", this::createScheduled)
        .on("DescribeScheduledTasks", this::describeScheduled)
        .on("ModifyScheduledTask", this::modifyScheduled)
        .on("DeleteScheduledTask", this::deleteScheduled)
        .on("DescribeScheduledTaskExecutions", this::executions);
  }

  private ObjectNode run(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    Set<String> ids = new LinkedHashSet<>(call.ids("InstanceIds", MAX_TASKS));
    call.objects("Targets").forEach(target -> Optional.ofNullable(target.get("InstanceId")).ifPresent(ids::add));
    if (ids.isEmpty()) {
      throw AlibabaFault.missing("InstanceIds.1");
    }
    String prompt = call.string("UserPrompt").orElse("");
    call.integer("MaxSteps", 1, 500, 50);
    int timeout = call.integer("TimeoutSeconds", 1, 86_400, 3600);
    call.string("ScheduleId").ifPresent(world.scheduled::get);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("Code", "200").put("Message", "success");
    ArrayNode tasks = out.putArray("Tasks");
    for (AlibabaInstance instance : world.existing(new ArrayList<>(ids))) {
      if (!instance.status(ex.now).equals("RUNNING")) {
        throw new AlibabaFault(400, "IncorrectInstanceStatus", "The instance " + instance.id + " is "
            + instance.status(ex.now) + "; agent tasks run on RUNNING instances.");
      }
      ObjectNode task = world.agentTasks.create().put("InstanceId", instance.id).put("UserPrompt", prompt)
          .put("CurrentStatus", RUNNING).put("SessionId", "sess-" + instance.id)
          .put("RunningAt", AlibabaJsonOut.iso(ex.now)).put("TimeoutSeconds", timeout)
          .put("DoneAt", ex.now.plus(world.jobDuration).toString());
      call.string("ScheduleId").ifPresent(schedule -> task.put("ScheduleId", schedule));
      tasks.add(view(task, ex.now));
    }
    return out.put("Count", tasks.size());
  }

  /** The task as the agent calls show it, COMPLETED once its time has run while it was RUNNING. */
  private ObjectNode view(ObjectNode task, Instant now) {
    if (task.path("CurrentStatus").asText().equals(RUNNING)
        && !now.isBefore(Instant.parse(task.path("DoneAt").asText()))) {
      task.put("CurrentStatus", "COMPLETED").put("TaskResult", "done: " + task.path("UserPrompt").asText())
          .put("Steps", "3");
    }
    ObjectNode shown = task.deepCopy();
    shown.remove(List.of("DoneAt", "TimeoutSeconds", "ScheduleId"));
    return shown;
  }

  private ObjectNode describe(AlibabaExchange ex) {
    List<ObjectNode> tasks = world.agentTasks.getAll(ex.call.requiredIds("TaskIds", MAX_TASKS));
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("Code", "200").put("Message", "success")
        .put("Count", tasks.size());
    ArrayNode array = out.putArray("Tasks");
    tasks.forEach(task -> array.add(view(task, ex.now)));
    return out;
  }

  /** Moves each task from one of {@code from} to {@code to}; a task in another state is reported as failed. */
  private ObjectNode change(AlibabaExchange ex, Set<String> from, String to, String timeField) {
    List<ObjectNode> tasks = world.agentTasks.getAll(ex.call.requiredIds("TaskIds", MAX_TASKS));
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("Code", "200").put("Message", "success");
    ArrayNode array = out.putArray("Tasks");
    for (ObjectNode task : tasks) {
      String previous = view(task, ex.now).path("CurrentStatus").asText();
      ObjectNode row = array.addObject().put("TaskId", world.agentTasks.id(task))
          .put("InstanceId", task.path("InstanceId").asText()).put("PreviousStatus", previous);
      if (from.contains(previous)) {
        task.put("CurrentStatus", to);
        if (to.equals(RUNNING)) {
          task.put("DoneAt", ex.now.plus(world.jobDuration).toString());
        }
        row.put("CurrentStatus", to).put(timeField, AlibabaJsonOut.iso(ex.now));
      } else {
        row.put("CurrentStatus", previous).put("FailedReason", "The task is " + previous + ".");
      }
    }
    return out;
  }

  private ObjectNode createScheduled(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    String name = call.required("TaskName", 64);
    String cron = cron(call.required("CronExpression"));
    String prompt = call.required("UserPrompt");
    List<AlibabaInstance> targets = world.existing(call.requiredIds("InstanceIds", MAX_TASKS));
    ObjectNode task = world.scheduled.create().put("TaskName", name).put("CronExpression", cron)
        .put("UserPrompt", prompt).put("Status", "ENABLED").put("Version", 1)
        .put("TaskConfigId", "tc-" + ex.requestId.substring(24)).put("TotalExecutions", 0L)
        .put("TotalFailures", 0L).put("MaxExecutions", call.integer("MaxExecutions", 1, 100_000, 0))
        .put("GmtCreate", AlibabaJsonOut.dateTime(ex.now)).put("GmtModified", AlibabaJsonOut.dateTime(ex.now));
    task.set("InstanceIds", AlibabaJsonOut.array(targets.stream().map(instance -> instance.id).toList()));
    call.object("RunConfig").ifPresent(config -> task.set("RunConfig", config));
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("Code", "200").put("Message", "success")
        .put("TotalCount", 1);
    ObjectNode row = out.putArray("Tasks").addObject().put("ScheduledId", world.scheduled.id(task))
        .put("TaskConfigId", task.path("TaskConfigId").asText());
    instanceResults(row, targets);
    return out;
  }

  private static void instanceResults(ObjectNode row, List<AlibabaInstance> targets) {
    ArrayNode results = row.putArray("InstanceResults");
    targets.forEach(instance -> results.addObject().put("InstanceId", instance.id).put("Success", true));
  }

  /** A five- or six-field cron expression. */
  private static String cron(String text) {
    int fields = text.trim().split("\\s+").length;
    if (fields < 5 || fields > 6) {
      throw AlibabaFault.invalid("CronExpression", "a cron expression has 5 or 6 fields, not " + fields);
    }
    return text.trim();
  }

  private ObjectNode describeScheduled(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("ScheduledIds", 100);
    List<String> instances = ex.call.ids("InstanceIds", 100);
    Optional<String> status = ex.call.string("Status");
    Optional<String> name = ex.call.string("TaskName");
    List<ObjectNode> matching = world.scheduled.where(task -> (ids.isEmpty()
        || ids.contains(world.scheduled.id(task)))
        && (instances.isEmpty() || instances.stream().anyMatch(id -> task.path("InstanceIds").toString()
            .contains("\"" + id + "\"")))
        && status.map(s -> s.equals(task.path("Status").asText())).orElse(true)
        && name.map(n -> task.path("TaskName").asText().contains(n)).orElse(true));
    return AlibabaPaging.answer(ex, "scheduled", matching, 20, 100, "Tasks").put("Code", "200")
        .put("Message", "success");
  }

  /** ModifyScheduledTask: TaskVersion must be the task's current version (optimistic locking). */
  private ObjectNode modifyScheduled(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    ObjectNode task = world.scheduled.get(call.required("ScheduledId"));
    int version = call.integer("TaskVersion", 0, Integer.MAX_VALUE, -1);
    if (version < 0) {
      throw AlibabaFault.missing("TaskVersion");
    }
    if (version != task.path("Version").asInt()) {
      throw new AlibabaFault(409, "OperationConflict.VersionMismatch", "The scheduled task is at version "
          + task.path("Version").asInt() + ", not " + version + ".");
    }
    call.string("TaskName").ifPresent(name -> task.put("TaskName", name));
    call.string("CronExpression").ifPresent(text -> task.put("CronExpression", cron(text)));
    call.string("UserPrompt").ifPresent(prompt -> task.put("UserPrompt", prompt));
    Optional.ofNullable(call.oneOf("Status", Set.of("ENABLED", "DISABLED"), null))
        .ifPresent(status -> task.put("Status", status));
    List<String> instances = call.ids("InstanceIds", MAX_TASKS);
    List<AlibabaInstance> targets = world.existing(instances);
    if (!instances.isEmpty()) {
      task.set("InstanceIds", AlibabaJsonOut.array(instances));
    }
    call.object("RunConfig").ifPresent(config -> task.set("RunConfig", config));
    task.put("Version", version + 1).put("GmtModified", AlibabaJsonOut.dateTime(ex.now));
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("Code", "200").put("Message", "success")
        .put("TotalCount", 1);
    ObjectNode row = out.putArray("Tasks").addObject().put("ScheduledId", world.scheduled.id(task))
        .put("NewVersion", version + 1);
    instanceResults(row, targets);
    return out;
  }

  private ObjectNode deleteScheduled(AlibabaExchange ex) {
    String id = ex.call.required("ScheduledId");
    world.scheduled.remove(id);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("Code", "200").put("Message", "success")
        .put("TotalCount", 1);
    out.putArray("Tasks").addObject().put("ScheduledId", id).put("Success", true);
    return out;
  }

  /** Executions of scheduled tasks: the agent tasks RunAgentTask started with their ScheduleId. */
  private ObjectNode executions(AlibabaExchange ex) {
    Optional<String> id = ex.call.string("ScheduledId");
    id.ifPresent(world.scheduled::get);
    Optional<String> instance = ex.call.string("InstanceId");
    Optional<String> status = ex.call.string("Status");
    List<ObjectNode> rows = new ArrayList<>();
    for (ObjectNode task : world.agentTasks.where(task -> task.has("ScheduleId"))) {
      ObjectNode shown = view(task, ex.now);
      ObjectNode row = AlibabaJsonOut.JSON.createObjectNode().put("TaskId", world.agentTasks.id(task))
          .put("ScheduledId", task.path("ScheduleId").asText()).put("InstanceId", task.path("InstanceId").asText())
          .put("Status", shown.path("CurrentStatus").asText()).put("StartedAt", shown.path("RunningAt").asText())
          .put("Output", shown.path("TaskResult").asText(""));
      if (id.map(i -> i.equals(row.path("ScheduledId").asText())).orElse(true)
          && instance.map(i -> i.equals(row.path("InstanceId").asText())).orElse(true)
          && status.map(s -> s.equals(row.path("Status").asText())).orElse(true)) {
        rows.add(row);
      }
    }
    return AlibabaPaging.answer(ex, "executions", rows, 20, 100, "Executions").put("Code", "200")
        .put("Message", "success");
  }
}
