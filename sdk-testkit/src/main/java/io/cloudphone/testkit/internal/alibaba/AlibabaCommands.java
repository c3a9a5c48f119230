package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.testkit.internal.FakeShell;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Shell commands: RunCommand, RunSyncCommand and DescribeInvocations. A command run is a batch task whose id is also the InvokeId RunCommand
 * returns, with one child per instance that DescribeInvocations reads back as that instance's invocation:
 * Running until the job time has passed, then Success with the shell's output (or Failed).
 */
final class AlibabaCommands {
  /** RunCommand and DescribeInvocations take at most 50 instances (documented). */
  static final int MAX_INSTANCES = 50;

  private final AlibabaWorld world;

  AlibabaCommands(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("RunCommand", this::runCommand)
        .on("RunSyncCommand", this::runSyncCommand)
        .on("DescribeInvocations", this::describeInvocations);
  }

  /** RunCommand: CommandContent (PlainText or Base64) on 1 to 50 instances. */
  ObjectNode runCommand(AlibabaExchange ex) {
    AlibabaTask batch = start(ex, "RunCommand", ex.now.plus(world.jobDuration));
    // As the service now answers: the batch task and each instance's execution and child task.
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("InvokeId", batch.invokeId).put("TaskId", batch.id);
    ArrayNode infos = out.putArray("RunCommandInfos");
    batch.children.forEach(child -> infos.addObject().put("ChildTaskId", child.id)
        .put("InstanceId", child.instance.id).put("InvokeId", batch.invokeId));
    return out;
  }

  /**
   * RunSyncCommand: runs like RunCommand and answers each instance's run as it stands after WaitTime (500 to 3000
   * ms, 1000 by default). With a job time within the wait every run comes back finished with its output; a longer
   * one comes back {@code RUNNING} (as the reference shows it) and DescribeInvocations reads it later.
   */
  ObjectNode runSyncCommand(AlibabaExchange ex) {
    int waitMillis = ex.call.integer("WaitTime", 500, 3000, 1000);
    boolean withinWait = world.jobDuration.compareTo(Duration.ofMillis(waitMillis)) <= 0;
    AlibabaTask batch = start(ex, "RunSyncCommand", withinWait ? ex.now : ex.now.plus(world.jobDuration));
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ArrayNode data = out.putArray("Data");
    batch.children.forEach(child -> {
      ObjectNode result = child.invocationJson(data.addObject(), ex.now);
      if (result.path("InvocationStatus").asText().equals("Running")) {
        result.put("InvocationStatus", "RUNNING");
      }
    });
    return out.put("TotalCount", String.valueOf(data.size()));
  }

  /** Starts a command run: a batch task (its id the InvokeId) with one child per named instance. */
  private AlibabaTask start(AlibabaExchange ex, String type, Instant doneAt) {
    AlibabaRpcCall call = ex.call;
    String command = decode(call.required("CommandContent"), call.string("ContentEncoding").orElse("PlainText"));
    List<AlibabaInstance> targets = world.existing(call.requiredList("InstanceIds", MAX_INSTANCES));
    int timeout = call.integer("Timeout", 1, 86_400, 60);
    AlibabaTask batch = world.newBatch(type, null,
        AlibabaJsonOut.JSON.createObjectNode().put("CommandContent", command).put("Timeout", timeout).toString(),
        ex.now);
    for (AlibabaInstance instance : targets) {
      String status = instance.status(ex.now);
      if (!instance.settled(ex.now) || !status.equals("RUNNING")) {
        world.addChild(batch, instance, ex.now, "InstanceStatus.Invalid",
            "the instance is " + status + ", commands run only on RUNNING instances", "");
      } else if (world.fails(instance)) {
        ex.touchedFailingPhone = true;
        world.addChild(batch, instance, doneAt, "CommandFailed",
            "sh: " + command + ": exit status 1 (injected by the fault plan)", "");
      } else {
        FakeShell.Result result = world.run(instance, command, ex.now);
        world.addChild(batch, instance, doneAt, result.succeeded() ? null : "CommandFailed", result.output(),
            result.output());
      }
    }
    return batch;
  }

  /** DescribeInvocations: each named instance's run of one InvokeId; TotalCount comes as a string. */
  ObjectNode describeInvocations(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    String invokeId = call.required("InvocationId");
    List<String> ids = call.requiredList("InstanceIds", MAX_INSTANCES);
    AlibabaTask batch = world.tasks.values().stream()
        .filter(task -> task.level == 1 && isCommand(task) && task.invokeId.equals(invokeId))
        .findFirst()
        .orElseThrow(() -> new AlibabaFault(404, "InvalidInvocationId.NotFound",
            "The specified invocation \"" + invokeId + "\" does not exist."));
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ArrayNode data = out.putArray("Data");
    batch.children.stream().filter(child -> ids.contains(child.instance.id))
        .forEach(child -> child.invocationJson(data.addObject(), ex.now));
    return out.put("TotalCount", String.valueOf(data.size()));
  }

  private static boolean isCommand(AlibabaTask task) {
    return task.type.equals("RunCommand") || task.type.equals("RunSyncCommand");
  }

  private static String decode(String content, String encoding) {
    if (!encoding.equals("Base64")) {
      return content; // the reference treats any other value as plain text
    }
    try {
      return new String(Base64.getDecoder().decode(content), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw AlibabaFault.invalid("CommandContent", "not valid Base64 although ContentEncoding is Base64");
    }
  }
}
