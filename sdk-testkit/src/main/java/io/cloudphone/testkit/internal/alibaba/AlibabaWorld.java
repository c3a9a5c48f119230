package io.cloudphone.testkit.internal.alibaba;

import io.cloudphone.testkit.Fleet;
import io.cloudphone.testkit.internal.FakeShell;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * The fake's eds-aic account: nodes, their Android instances (one instance group per node) and the tasks calls
 * started, seeded from a {@link Fleet}. Every method runs under the world's lock (callers synchronize on it).
 */
final class AlibabaWorld {
  /** What {@code getprop ro.product.model} prints on the fake's instances. */
  static final String PHONE_MODEL = "AliCloudPhone-ac.max";

  final String regionId;
  final Duration jobDuration;
  final Map<String, AlibabaNode> nodes = new LinkedHashMap<>();
  final Map<String, AlibabaInstance> instances = new LinkedHashMap<>();
  final Map<String, AlibabaTask> tasks = new LinkedHashMap<>();
  private final BiPredicate<String, String> failing;
  /** A test's own RunCommand responder, {@code (instanceId, command) -> output}; null for {@link FakeShell}. */
  volatile BiFunction<String, String, String> shell;
  private long taskSequence;

  AlibabaWorld(Fleet fleet, String regionId, Instant now, BiPredicate<String, String> failing) {
    this.regionId = regionId;
    this.jobDuration = fleet.jobDuration();
    this.failing = failing;
    int position = 0;
    for (int s = 0; s < fleet.servers(); s++) {
      String nodeId = String.format("cpn-fake%09d", s + 1);
      String groupId = String.format("ag-fake%09d", s + 1);
      nodes.put(nodeId, new AlibabaNode(nodeId, fleet.serverName(s), AlibabaStatuses.nodeStatus(fleet.serverStatus()),
          fleet.phonesPerServer(), now));
      for (int p = 0; p < fleet.phonesPerServer(); p++, position++) {
        String id = String.format("acp-fake%03d%03d", s + 1, p + 1);
        AlibabaInstance instance = new AlibabaInstance(id, fleet.phoneName(s, p), nodeId, groupId,
            fleet.serverName(s) + "-group", position, AlibabaStatuses.instanceStatus(fleet.phoneStatus(position)), now);
        settleSeeded(instance, now);
        instances.put(id, instance);
      }
    }
  }

  /** A seeded transitional status finishes like a job would: STARTING becomes RUNNING after a job's time. */
  private void settleSeeded(AlibabaInstance instance, Instant now) {
    String raw = instance.status(now);
    String target = switch (raw) {
      case "CREATING", "STARTING", "REBOOTING", "RESETTING", "BACKUPING", "RECOVERING" -> "RUNNING";
      case "STOPPING" -> "STOPPED";
      default -> null;
    };
    if (target != null) {
      instance.transition(raw, target, now, now.plus(jobDuration), null);
    }
  }

  /** Whether work on this instance was made to fail by the fault plan (by id or by name). */
  boolean fails(AlibabaInstance instance) {
    return failing.test(instance.id, instance.name);
  }

  /** The instances named by {@code ids}, in order; an unknown id fails the whole call, as eds-aic does. */
  List<AlibabaInstance> existing(List<String> ids) {
    List<AlibabaInstance> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      AlibabaInstance instance = instances.get(id);
      if (instance == null) {
        throw AlibabaFault.instanceNotFound(id);
      }
      out.add(instance);
    }
    return out;
  }

  /** A new batch task, registered so DescribeTasks finds it; a null {@code invokeId} means its own id. */
  AlibabaTask newBatch(String type, String invokeId, String param, Instant now) {
    String id = nextTaskId();
    AlibabaTask task = AlibabaTask.batch(id, type, invokeId == null ? id : invokeId, param, now);
    tasks.put(task.id, task);
    return task;
  }

  /** Adds and registers one instance's child task. */
  AlibabaTask addChild(AlibabaTask batch, AlibabaInstance target, Instant doneAt, String failCode,
      String failMessage, String result) {
    AlibabaTask child = batch.child(nextTaskId(), target, doneAt, failCode, failMessage, result);
    tasks.put(child.id, child);
    return child;
  }

  private String nextTaskId() {
    return String.format("t-fake%09d", ++taskSequence);
  }

  /** What a shell command does when no responder was set: the testkit's small imitation of the phone's sh. */
  FakeShell.Result run(AlibabaInstance instance, String command, Instant now) {
    BiFunction<String, String, String> custom = shell;
    return custom == null ? FakeShell.run(command, instance.name, PHONE_MODEL, now)
        : new FakeShell.Result(true, custom.apply(instance.id, command));
  }
}
