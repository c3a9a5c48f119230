package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Start, stop, reboot and reset of Android instances, and renaming them. eds-aic answers start and stop with a bare
 * RequestId, reboot and reset also with {@code Tasks} (the batch task and a child task per instance); the fake, like
 * the service, records that batch task (InvokeId = the RequestId) with one child per instance, which DescribeTasks
 * shows. An instance in a state the action does not accept keeps
 * its state and its child fails with {@code InstanceStatus.Invalid}, as in Alibaba's own DescribeTasks example.
 */
final class AlibabaLifecycle {
  /** Instances ModifyAndroidInstance may name (documented); the lifecycle calls document no maximum. */
  static final int MAX_MODIFY_IDS = 100;
  /** Error code of a child task whose phone the fault plan made fail. */
  static final String FAILED_CODE = "InstanceOperation.Failed";
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}:_.\\-]{0,29}");

  /** One lifecycle action: the states it starts from, the state it passes through and where it ends. */
  record Action(String taskType, Set<String> from, String transitional, String target) {}

  static final Action START = new Action("StartInstance",
      Set.of("STOPPED", "BACKUP_FAILED", "RECOVER_FAILED"), "STARTING", "RUNNING");
  static final Action STOP = new Action("StopInstance",
      Set.of("RUNNING", "BACKUP_FAILED", "RECOVER_FAILED"), "STOPPING", "STOPPED");
  static final Action REBOOT = new Action("RebootInstance",
      Set.of("RUNNING", "UNAVAILABLE", "BACKUP_FAILED", "RECOVER_FAILED"), "REBOOTING", "RUNNING");
  static final Action RESET = new Action("ResetInstance",
      Set.of("RUNNING", "STOPPED", "UNAVAILABLE", "BACKUP_FAILED", "RECOVER_FAILED"), "RESETTING", "RUNNING");

  private final AlibabaWorld world;

  AlibabaLifecycle(AlibabaWorld world) {
    this.world = world;
  }

  /** Runs {@code action} on the instances the call names ({@code AndroidInstanceIds.N}). */
  ObjectNode run(AlibabaExchange ex, Action action) {
    AlibabaRpcCall call = ex.call;
    List<AlibabaInstance> targets = world.existing(call.requiredList("AndroidInstanceIds", Integer.MAX_VALUE));
    boolean force = call.bool("ForceStop");
    call.string("SaleMode").filter(mode -> !mode.equals("Instance") && !mode.equals("Node"))
        .ifPresent(mode -> {
          throw AlibabaFault.invalid("SaleMode", "must be Instance or Node but was " + mode);
        });
    call.integer("SettingResetType", 0, 10, 0);
    AlibabaTask batch = world.newBatch(action.taskType(), ex.requestId, "{\"ForceStop\":" + force + "}", ex.now);
    Instant doneAt = ex.now.plus(world.jobDuration);
    for (AlibabaInstance instance : targets) {
      String status = instance.status(ex.now);
      if (!instance.settled(ex.now) || !action.from().contains(status)) {
        world.addChild(batch, instance, ex.now, "InstanceStatus.Invalid",
            "The instance is in an invalid state (" + status + ") for " + action.taskType() + ".", "");
        continue;
      }
      String failCode = world.fails(instance) ? FAILED_CODE : null;
      ex.touchedFailingPhone |= failCode != null;
      instance.transition(action.transitional(), action.target(), ex.now, doneAt, failCode);
      world.addChild(batch, instance, doneAt, failCode,
          failCode == null ? null : action.taskType() + " failed on the instance (injected by the fault plan).",
          "");
    }
    ObjectNode answer = AlibabaJsonOut.answer(ex.requestId);
    if (action == REBOOT || action == RESET) {
      ObjectNode tasks = answer.putObject("Tasks").put("ParentTaskId", batch.id);
      ArrayNode children = tasks.putArray("ChildTasks");
      batch.children.forEach(child -> children.addObject().put("InstanceId", child.instance.id)
          .put("TaskId", child.id));
    }
    return answer;
  }

  /** ModifyAndroidInstance: a new name (and bandwidth limits) for one instance or up to 100. */
  ObjectNode modify(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    List<String> ids = call.string("AndroidInstanceId").map(List::of)
        .orElseGet(() -> call.list("InstanceIds", MAX_MODIFY_IDS));
    if (ids.isEmpty()) {
      throw AlibabaFault.missing("AndroidInstanceId");
    }
    List<AlibabaInstance> targets = world.existing(ids);
    call.integer("UpBandwidthLimit", 0, 10_000, 0);
    call.integer("DownBandwidthLimit", 0, 10_000, 0);
    Optional<String> name = call.string("NewAndroidInstanceName");
    if (name.isEmpty() && call.string("UpBandwidthLimit").isEmpty() && call.string("DownBandwidthLimit").isEmpty()) {
      throw AlibabaFault.missing("NewAndroidInstanceName");
    }
    if (name.isPresent() && !NAME.matcher(name.get()).matches()) {
      throw AlibabaFault.invalid("NewAndroidInstanceName", "up to 30 letters, digits, ':', '_', '.' or '-',"
          + " starting with a letter");
    }
    name.ifPresent(newName -> targets.forEach(instance -> {
      instance.name = newName;
      instance.modifiedAt = ex.now;
    }));
    return AlibabaJsonOut.answer(ex.requestId);
  }
}
