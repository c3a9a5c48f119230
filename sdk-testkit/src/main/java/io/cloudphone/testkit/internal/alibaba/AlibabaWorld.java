package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.testkit.Fleet;
import io.cloudphone.testkit.OrderPayment;
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
 * The fake's eds-aic account: nodes, instance groups (one per seeded node), their Android instances, the tasks
 * calls started, and every other kind of resource a user keeps (images, apps, key pairs, policies, backups, tags,
 * agent and scheduled tasks, packages, orders), seeded from a {@link Fleet}. Every method runs under the world's
 * lock (callers synchronize on it).
 */
final class AlibabaWorld {
  /** What {@code getprop ro.product.model} prints on the fake's instances. */
  static final String PHONE_MODEL = "AliCloudPhone-ac.max";
  /** The public image every seeded instance runs. */
  static final String PUBLIC_IMAGE = "imgc-fake0000000001";

  final String regionId;
  final Duration jobDuration;
  final Map<String, AlibabaNode> nodes = new LinkedHashMap<>();
  final Map<String, AlibabaInstance> instances = new LinkedHashMap<>();
  final Map<String, AlibabaTask> tasks = new LinkedHashMap<>();
  final AlibabaRecords groups = new AlibabaRecords("InstanceGroupId", "ag-fake%09d",
      "InvalidInstanceGroupId.NotFound", "instance group");
  final AlibabaRecords images = new AlibabaRecords("ImageId", "imgc-fake%010d", "InvalidImageId.NotFound", "image");
  final AlibabaRecords apps = new AlibabaRecords("AppId", "%d", "InvalidAppId.NotFound", "app");
  final AlibabaRecords keyPairs = new AlibabaRecords("KeyPairId", "kp-fake%09d", "InvalidKeyPairId.NotFound",
      "key pair");
  final AlibabaRecords policies = new AlibabaRecords("PolicyGroupId", "pg-fake%09d",
      "InvalidPolicyGroupId.NotFound", "policy group");
  final AlibabaRecords templates = new AlibabaRecords("TemplateId", "spt-fake%09d", "InvalidTemplateId.NotFound",
      "system property template");
  final AlibabaRecords backups = new AlibabaRecords("BackupFileId", "bf-fake%09d", "InvalidBackupFileId.NotFound",
      "backup file");
  final AlibabaRecords agentTasks = new AlibabaRecords("TaskId", "at-fake%09d", "InvalidTaskId.NotFound",
      "agent task");
  final AlibabaRecords scheduled = new AlibabaRecords("ScheduledId", "st-fake%09d", "InvalidScheduledId.NotFound",
      "scheduled task");
  final AlibabaRecords executions = new AlibabaRecords("ExecutionId", "ste-fake%09d", "InvalidExecutionId.NotFound",
      "scheduled task execution");
  final AlibabaRecords agentPackages = new AlibabaRecords("PackageId", "map-fake%09d", "InvalidPackageId.NotFound",
      "mobile agent package");
  final AlibabaRecords edgePackages = new AlibabaRecords("PackageId", "emp-fake%09d", "InvalidPackageId.NotFound",
      "edge mobile agent package");
  final AlibabaRecords creditPackages = new AlibabaRecords("CreditPackageId", "cp-fake%09d",
      "InvalidCreditPackageId.NotFound", "credit package");
  /** Tags by resource id (instances, nodes, groups...), in the order they were set. */
  final Map<String, Map<String, String>> tags = new LinkedHashMap<>();
  /** The resource type each tagged resource was tagged as. */
  final Map<String, String> tagTypes = new LinkedHashMap<>();
  final List<String> domainBlacklist = new ArrayList<>();
  final List<String> ipBlacklist = new ArrayList<>();
  /** How orders are settled; {@link OrderPayment#COMPLETED} unless a test asks otherwise. */
  volatile OrderPayment payment = OrderPayment.COMPLETED;
  private long orderSequence;
  private long nodeSequence;
  private long instanceSequence;
  private final BiPredicate<String, String> failing;
  /** A test's own RunCommand responder, {@code (instanceId, command) -> output}; null for {@link FakeShell}. */
  volatile BiFunction<String, String, String> shell;
  private long taskSequence;

  AlibabaWorld(Fleet fleet, String regionId, Instant now, BiPredicate<String, String> failing) {
    this.regionId = regionId;
    this.jobDuration = fleet.jobDuration();
    this.failing = failing;
    int position = 0;
    images.create().put("ImageName", "Android 12 public image").put("ImageType", "System")
        .put("Status", "AVAILABLE").put("SystemType", "Android").put("ImageVersion", "3.5.3.867")
        .put("GmtCreate", AlibabaJsonOut.dateTime(now)).set("ImageRegionList",
            AlibabaJsonOut.array(List.of(regionId)));
    for (int s = 0; s < fleet.servers(); s++) {
      String nodeId = String.format("cpn-fake%09d", ++nodeSequence);
      String groupId = group(fleet.serverName(s) + "-group", "ac.max", now).path("InstanceGroupId").asText();
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
    instanceSequence = position;
  }

  /** A new, running instance group (ChargeType PrePaid, a year's subscription). */
  ObjectNode group(String name, String spec, Instant now) {
    return groups.create().put("InstanceGroupName", name).put("InstanceGroupStatus", "RUNNING")
        .put("InstanceGroupSpec", spec).put("ChargeType", "PrePaid").put("SaleMode", "Instance")
        .put("ImageId", PUBLIC_IMAGE).put("RegionId", regionId).put("ZoneId", regionId + "-h")
        .put("GmtCreate", AlibabaJsonOut.dateTime(now))
        .put("GmtExpired", AlibabaJsonOut.dateTime(now.plus(Duration.ofDays(365))));
  }

  /** A new node id in the service's shape. */
  String nextNodeId() {
    return String.format("cpn-fake%09d", ++nodeSequence);
  }

  /** New instances in {@code groupId} on {@code nodeId}: CREATING now, RUNNING once a job's time has passed. */
  List<AlibabaInstance> newInstances(String nodeId, String groupId, int count, Instant now) {
    String groupName = groups.get(groupId).path("InstanceGroupName").asText();
    String imageId = groups.get(groupId).path("ImageId").asText(PUBLIC_IMAGE);
    List<AlibabaInstance> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int position = (int) instanceSequence++;
      String id = String.format("acp-new%09d", position + 1);
      AlibabaInstance instance = new AlibabaInstance(id, groupName + "-" + (i + 1), nodeId, groupId, groupName,
          position, "CREATING", now);
      instance.imageId = imageId;
      instance.transition("CREATING", "RUNNING", now, now.plus(jobDuration), null);
      instances.put(id, instance);
      out.add(instance);
    }
    return out;
  }

  /** The instances of a group, in creation order. */
  List<AlibabaInstance> members(String groupId) {
    return instances.values().stream().filter(instance -> instance.groupId.equals(groupId)).toList();
  }

  /** Removes instances and what hangs on them (tags). */
  void release(List<AlibabaInstance> gone) {
    gone.forEach(instance -> {
      instances.remove(instance.id);
      tags.remove(instance.id);
      tagTypes.remove(instance.id);
    });
  }

  /** A node by id, or eds-aic's 404. */
  AlibabaNode node(String id) {
    AlibabaNode node = nodes.get(id);
    if (node == null) {
      throw new AlibabaFault(404, "InvalidNodeId.NotFound", "The specified node \"" + id + "\" does not exist.");
    }
    return node;
  }

  /** One placed order: its id, and whether it was paid (only then does the change happen). */
  record Order(String id, boolean paid) {}

  /**
   * Places an order as buying, renewing or changing a paid resource does: paid at once, left unpaid or refused,
   * as {@link #payment} says.
   */
  Order order() {
    OrderPayment now = payment;
    if (now == OrderPayment.FAILED) {
      throw new AlibabaFault(400, "InsufficientBalance", "Your account does not have enough balance to pay"
          + " the order.");
    }
    return new Order(String.valueOf(220_000_000_000_000L + ++orderSequence), now == OrderPayment.COMPLETED);
  }

  /** The tags of a resource (empty when it has none). */
  Map<String, String> tagsOf(String resourceId) {
    return tags.getOrDefault(resourceId, Map.of());
  }

  /** Whether a resource carries every tag asked for ({@code Key}, optionally {@code Value}). */
  boolean tagged(String resourceId, List<Map<String, String>> wanted) {
    Map<String, String> own = tagsOf(resourceId);
    return wanted.stream().allMatch(tag -> own.containsKey(tag.getOrDefault("Key", ""))
        && (!tag.containsKey("Value") || tag.get("Value").equals(own.get(tag.get("Key")))));
  }

  /**
   * A batch task with one child per instance that {@code check} accepts; the others' children fail at once with
   * {@code InstanceStatus.Invalid}, and the fault plan's failing phones fail with {@code failCode}.
   */
  AlibabaTask instanceJob(AlibabaExchange ex, String type, String param, List<AlibabaInstance> targets,
      String failCode, String result, BiPredicate<AlibabaInstance, String> check) {
    AlibabaTask batch = newBatch(type, ex.requestId, param, ex.now);
    Instant doneAt = ex.now.plus(jobDuration);
    for (AlibabaInstance instance : targets) {
      String status = instance.status(ex.now);
      if (!instance.settled(ex.now) || !check.test(instance, status)) {
        addChild(batch, instance, ex.now, "InstanceStatus.Invalid",
            "the instance is " + status + ", which " + type + " does not accept", "");
      } else if (fails(instance)) {
        ex.touchedFailingPhone = true;
        addChild(batch, instance, doneAt, failCode, type + " failed on the instance (injected by the fault plan)",
            "");
      } else {
        addChild(batch, instance, doneAt, null, null, result);
      }
    }
    return batch;
  }

  /** An instance job that needs RUNNING instances. */
  AlibabaTask runningJob(AlibabaExchange ex, String type, String param, List<AlibabaInstance> targets,
      String failCode, String result) {
    return instanceJob(ex, type, param, targets, failCode, result, (instance, status) -> status.equals("RUNNING"));
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
