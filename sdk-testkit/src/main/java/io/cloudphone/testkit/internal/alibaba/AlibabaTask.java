package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A task as DescribeTasks shows it: a batch task (level 1) whose status sums up its per-instance children
 * (level 2), each Processing until its finish instant and then Finished or Failed. A RunCommand child is also one
 * instance's invocation for DescribeInvocations.
 */
final class AlibabaTask {
  final String id;
  final String type;
  final int level;
  final String parentId;
  final String invokeId;
  final String param;
  final AlibabaInstance instance;
  final Instant startedAt;
  final Instant doneAt;
  final String failCode;
  final String failMessage;
  final String result;
  final List<AlibabaTask> children = new ArrayList<>();

  private AlibabaTask(String id, String type, int level, String parentId, String invokeId, String param,
      AlibabaInstance instance, Instant startedAt, Instant doneAt, String failCode, String failMessage,
      String result) {
    this.id = id;
    this.type = type;
    this.level = level;
    this.parentId = parentId;
    this.invokeId = invokeId;
    this.param = param;
    this.instance = instance;
    this.startedAt = startedAt;
    this.doneAt = doneAt;
    this.failCode = failCode;
    this.failMessage = failMessage;
    this.result = result;
  }

  /** A batch task; its children are added by {@link #child}. */
  static AlibabaTask batch(String id, String type, String invokeId, String param, Instant startedAt) {
    return new AlibabaTask(id, type, 1, null, invokeId, param, null, startedAt, startedAt, null, null, null);
  }

  /** Adds the task of one instance: it succeeds with {@code result}, or fails with {@code failCode}. */
  AlibabaTask child(String childId, AlibabaInstance target, Instant doneAt, String failCode, String failMessage,
      String result) {
    AlibabaTask child = new AlibabaTask(childId, type, 2, id, invokeId, param, target, startedAt, doneAt,
        failCode, failMessage, failCode == null ? result : "");
    children.add(child);
    return child;
  }

  /** Waiting, Processing, Finished, PartFinished or Failed at {@code now}. */
  String status(Instant now) {
    if (level == 2) {
      return now.isBefore(doneAt) ? "Processing" : failCode == null ? "Finished" : "Failed";
    }
    int failed = count(now, "Failed");
    int finished = count(now, "Finished");
    if (failed + finished < children.size()) {
      return "Processing";
    }
    return failed == 0 ? "Finished" : finished == 0 ? "Failed" : "PartFinished";
  }

  /** When the task ended, or null while it runs. */
  Instant finishedAt(Instant now) {
    if (level == 2) {
      return now.isBefore(doneAt) ? null : doneAt;
    }
    Instant last = startedAt;
    for (AlibabaTask child : children) {
      Instant end = child.finishedAt(now);
      if (end == null) {
        return null;
      }
      last = end.isAfter(last) ? end : last;
    }
    return last;
  }

  private int count(Instant now, String status) {
    return (int) children.stream().filter(child -> child.status(now).equals(status)).count();
  }

  /** The task as DescribeTasks lists it. */
  ObjectNode toJson(ObjectNode out, Instant now, String regionId) {
    String status = status(now);
    out.put("TaskId", id).put("TaskType", type).put("TaskStatus", status).put("Level", level)
        .put("InvokeId", invokeId).put("RegionId", regionId).put("Operator", "fake-account")
        .put("StartTime", AlibabaJsonOut.iso(startedAt));
    if (param != null) {
      out.put("Param", param);
    }
    Instant end = finishedAt(now);
    if (end != null) {
      out.put("FinishTime", AlibabaJsonOut.iso(end));
    }
    if (level == 1) {
      return out.put("TotalChildCount", children.size()).put("SuccessChildCount", count(now, "Finished"))
          .put("FailedChildCount", count(now, "Failed")).put("RunningChildCount", count(now, "Processing"));
    }
    out.put("ParentTaskId", parentId).put("ResourceId", instance.id).put("InstanceId", instance.id)
        .put("InstanceName", instance.name).put("InstanceStatus", instance.status(now))
        .put("Result", end == null ? "" : result);
    if (end != null && failCode != null) {
      out.put("ErrorCode", failCode).put("ErrorMsg", failMessage);
    }
    return out;
  }

  /** A RunCommand child as DescribeInvocations shows it: Running, then Success or Failed with the output. */
  ObjectNode invocationJson(ObjectNode out, Instant now) {
    Instant end = finishedAt(now);
    out.put("InvocationId", invokeId).put("InstanceId", instance.id)
        .put("InvocationStatus", end == null ? "Running" : failCode == null ? "Success" : "Failed")
        .put("Output", end == null ? "" : failCode == null ? result : failMessage)
        .put("StartTime", AlibabaJsonOut.dateTime(startedAt));
    if (end != null) {
      out.put("FinishTime", AlibabaJsonOut.dateTime(end));
    }
    return out;
  }
}
