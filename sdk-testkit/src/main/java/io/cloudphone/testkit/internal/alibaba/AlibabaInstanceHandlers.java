package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Android instances: listing (filters, tags, NextToken paging), the lifecycle ({@link AlibabaLifecycle}),
 * display settings, ADB (on/off, secure mode, attributes), authorisation, connection tickets, screenshots, image
 * updates, coordination and healing.
 */
final class AlibabaInstanceHandlers {
  /** Instances one batch call may name (documented for most instance calls). */
  static final int MAX_IDS = 100;
  private static final Set<String> RESOLUTION_LOCK = Set.of("on", "off");

  private final AlibabaWorld world;
  private final AlibabaLifecycle lifecycle;

  AlibabaInstanceHandlers(AlibabaWorld world) {
    this.world = world;
    this.lifecycle = new AlibabaLifecycle(world);
  }

  void register(AlibabaActions table) {
    table.on("DescribeAndroidInstances", this::describe)
        .on("StartAndroidInstance", ex -> lifecycle.run(ex, AlibabaLifecycle.START))
        .on("StopAndroidInstance", ex -> lifecycle.run(ex, AlibabaLifecycle.STOP))
        .on("RebootAndroidInstancesInGroup", ex -> lifecycle.run(ex, AlibabaLifecycle.REBOOT))
        .on("ResetAndroidInstancesInGroup", ex -> lifecycle.run(ex, AlibabaLifecycle.RESET))
        .on("ModifyAndroidInstance", lifecycle::modify)
        .on("DescribeDisplayConfig", this::describeDisplay)
        .on("ModifyDisplayConfig", this::modifyDisplay)
        .on("StartInstanceAdb", ex -> adb(ex, true))
        .on("StopInstanceAdb", ex -> adb(ex, false))
        .on("ListInstanceAdbAttributes", this::adbAttributes)
        .on("SetAdbSecure", this::adbSecure)
        .on("AuthorizeAndroidInstance", this::authorize)
        .on("BatchGetAcpConnectionTicket", this::tickets)
        .on("DisconnectAndroidInstance", this::disconnect)
        .on("CreateScreenshot", this::screenshot)
        .on("UpdateInstanceImage", this::updateImage)
        .on("GenerateCoordinationCode", this::coordinationCode)
        .on("EndCoordination", this::endCoordination)
        .on("InstanceHealer", this::heal);
  }

  /** DescribeAndroidInstances: MaxResults 1 to 100, 100 by default; unknown ids are simply not listed. */
  private ObjectNode describe(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    int pageSize = call.integer("MaxResults", 1, 100, 100);
    List<String> ids = call.list("AndroidInstanceIds", MAX_IDS);
    List<String> groupIds = Stream.concat(call.string("InstanceGroupId").stream(),
        call.list("InstanceGroupIds", MAX_IDS).stream()).toList();
    Optional<String> nodeId = call.string("NodeId");
    Optional<String> status = call.string("Status");
    Optional<String> name = call.string("AndroidInstanceName");
    Optional<String> keyPair = call.string("KeyPairId");
    Optional<String> user = call.string("AuthorizedUserId");
    List<Map<String, String>> tags = call.objects("Tags");
    List<AlibabaInstance> matching = world.instances.values().stream()
        .filter(instance -> ids.isEmpty() || ids.contains(instance.id))
        .filter(instance -> groupIds.isEmpty() || groupIds.contains(instance.groupId))
        .filter(instance -> nodeId.map(instance.nodeId::equals).orElse(true))
        .filter(instance -> status.map(instance.status(ex.now)::equals).orElse(true))
        .filter(instance -> name.map(instance.name::contains).orElse(true))
        .filter(instance -> keyPair.map(id -> id.equals(instance.keyPairId)).orElse(true))
        .filter(instance -> user.map(id -> id.equals(instance.authorizedUserId)).orElse(true))
        .filter(instance -> world.tagged(instance.id, tags))
        .toList();
    AlibabaPaging.Page<AlibabaInstance> page = AlibabaPaging.page(call, "instances", matching, pageSize);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("TotalCount", matching.size())
        .put("NextToken", page.nextToken());
    ArrayNode models = out.putArray("InstanceModel");
    page.items().forEach(instance -> instance.toJson(models.addObject(), ex.now, world.regionId,
        world.tagsOf(instance.id)));
    return out;
  }

  private List<AlibabaInstance> named(AlibabaRpcCall call, String name) {
    return world.existing(call.requiredIds(name, MAX_IDS));
  }

  private ObjectNode describeDisplay(AlibabaExchange ex) {
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ArrayNode models = out.putArray("DisplayConfigModel");
    named(ex.call, "AndroidInstanceIds").forEach(instance ->
        models.addObject().put("AndroidInstanceId", instance.id).setAll(instance.display));
    return out;
  }

  /** ModifyDisplayConfig: width/height 1 to 4096 (even), DPI 72 to 600, FPS 1 to 120, LockResolution on/off. */
  private ObjectNode modifyDisplay(AlibabaExchange ex) {
    List<AlibabaInstance> targets = named(ex.call, "AndroidInstanceIds");
    ObjectNode config = ex.call.object("DisplayConfig").orElseThrow(() -> AlibabaFault.missing("DisplayConfig"));
    checkRange(config, "ResolutionWidth", 240, 4096);
    checkRange(config, "ResolutionHeight", 240, 4096);
    checkRange(config, "Dpi", 72, 600);
    checkRange(config, "Fps", 1, 120);
    if (config.has("LockResolution") && !RESOLUTION_LOCK.contains(config.path("LockResolution").asText())) {
      throw AlibabaFault.invalid("DisplayConfig.LockResolution", "must be on or off");
    }
    for (AlibabaInstance instance : targets) {
      config.fields().forEachRemaining(field -> {
        if (instance.display.has(field.getKey())) {
          instance.display.set(field.getKey(), field.getKey().equals("LockResolution") ? field.getValue()
              : AlibabaJsonOut.JSON.getNodeFactory().numberNode(field.getValue().asInt()));
        }
      });
      instance.modifiedAt = ex.now;
    }
    return AlibabaJsonOut.answer(ex.requestId);
  }

  private static void checkRange(ObjectNode config, String field, int min, int max) {
    if (config.has(field)) {
      int value = config.path(field).asInt(-1);
      if (value < min || value > max) {
        throw AlibabaFault.invalid("DisplayConfig." + field, "must be between " + min + " and " + max);
      }
    }
  }

  /** StartInstanceAdb / StopInstanceAdb: ADB needs a RUNNING instance. */
  private ObjectNode adb(AlibabaExchange ex, boolean on) {
    List<AlibabaInstance> targets = named(ex.call, "InstanceIds");
    for (AlibabaInstance instance : targets) {
      String status = instance.status(ex.now);
      if (!status.equals("RUNNING")) {
        throw new AlibabaFault(400, "IncorrectInstanceStatus", "The current status of the instance "
            + instance.id + " (" + status + ") does not support this operation.");
      }
    }
    targets.forEach(instance -> instance.adb = on);
    return AlibabaJsonOut.answer(ex.requestId);
  }

  private ObjectNode adbAttributes(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("InstanceIds", MAX_IDS);
    List<ObjectNode> open = world.instances.values().stream()
        .filter(instance -> instance.adb && (ids.isEmpty() || ids.contains(instance.id)))
        .map(instance -> AlibabaJsonOut.JSON.createObjectNode().put("InstanceId", instance.id)
            .put("InternalIp", instance.ip()).put("InternalPort", "5555").put("IpProtocol", "TCP")
            .put("ExternalIp", "47.100.0." + (instance.position % 250 + 1))
            .put("ExternalPort", String.valueOf(20_000 + instance.position))
            .put("GmtCreated", AlibabaJsonOut.dateTime(instance.createdAt))
            .put("GmtModified", AlibabaJsonOut.dateTime(instance.modifiedAt)))
        .toList();
    return AlibabaPaging.answer(ex, "adb", open, 20, 100, "Data");
  }

  /** SetAdbSecure: Status 1 turns secure ADB on, 0 off. */
  private ObjectNode adbSecure(AlibabaExchange ex) {
    List<AlibabaInstance> targets = named(ex.call, "InstanceIds");
    int status = ex.call.integer("Status", 0, 1, -1);
    if (status < 0) {
      throw AlibabaFault.missing("Status");
    }
    targets.forEach(instance -> instance.adbSecure = status == 1);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    out.putObject("Data").put("TotalCount", targets.size()).put("FailCount", 0).putArray("InstanceIds");
    return out;
  }

  /** AuthorizeAndroidInstance: assigns instances to an end user, or takes them back. */
  private ObjectNode authorize(AlibabaExchange ex) {
    List<AlibabaInstance> targets = named(ex.call, "AndroidInstanceIds");
    Optional<String> to = ex.call.string("AuthorizeUserId");
    Optional<String> from = ex.call.string("UnAuthorizeUserId");
    if (to.isEmpty() && from.isEmpty()) {
      throw AlibabaFault.missing("AuthorizeUserId");
    }
    for (AlibabaInstance instance : targets) {
      if (to.isPresent()) {
        instance.authorizedUserId = to.get();
      } else if (from.get().equals(instance.authorizedUserId)) {
        instance.authorizedUserId = null;
      }
    }
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** BatchGetAcpConnectionTicket: a ticket per RUNNING instance, a failed task for the others. */
  private ObjectNode tickets(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("InstanceIds", MAX_IDS);
    if (ids.isEmpty()) {
      ids = ex.call.objects("InstanceTasks").stream().map(task -> task.getOrDefault("InstanceId", ""))
          .filter(id -> !id.isEmpty()).toList();
    }
    if (ids.isEmpty()) {
      ids = ex.call.string("InstanceGroupId").map(group -> {
        world.groups.get(group);
        return world.members(group).stream().map(instance -> instance.id).toList();
      }).orElseThrow(() -> AlibabaFault.missing("InstanceIds.1"));
    }
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ArrayNode models = out.putArray("InstanceConnectionModels");
    for (AlibabaInstance instance : world.existing(ids)) {
      boolean running = instance.status(ex.now).equals("RUNNING");
      ObjectNode model = models.addObject().put("InstanceId", instance.id).put("AppInstanceGroupId",
          instance.groupId).put("TaskId", "ct-" + instance.id).put("TaskStatus", running ? "FINISHED" : "FAILED");
      if (running) {
        model.put("Ticket", "fake-ticket-" + instance.id + "-" + ex.requestId.substring(24));
      }
    }
    return out;
  }

  private ObjectNode disconnect(AlibabaExchange ex) {
    named(ex.call, "InstanceIds");
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** CreateScreenshot: a task per RUNNING instance, registered so DescribeTasks follows it. */
  private ObjectNode screenshot(AlibabaExchange ex) {
    List<AlibabaInstance> targets = named(ex.call, "AndroidInstanceIdList");
    String bucket = ex.call.string("OssBucketName").orElse("cloudphone-saved-bucket-" + world.regionId);
    AlibabaTask batch = world.runningJob(ex, "CreateScreenshot", "{\"OssBucketName\":\"" + bucket + "\"}",
        targets, "ScreenshotFailed", "oss://" + bucket + "/screenshot/");
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ArrayNode tasks = out.putArray("Tasks");
    batch.children.forEach(child -> tasks.addObject().put("AndroidInstanceId", child.instance.id)
        .put("ScreenshotId", ex.call.string("ScreenshotId").orElse("ss-" + child.id)).put("TaskId", child.id));
    return out;
  }

  /** UpdateInstanceImage: the image must exist and be AVAILABLE; the instance resets onto it. */
  private ObjectNode updateImage(AlibabaExchange ex) {
    List<AlibabaInstance> targets = named(ex.call, "InstanceIdList");
    String imageId = ex.call.required("ImageId");
    ObjectNode image = world.images.get(imageId);
    if (!image.path("Status").asText().equals("AVAILABLE")) {
      throw new AlibabaFault(400, "IncorrectStatus.Image", "The image " + imageId + " is "
          + image.path("Status").asText() + ", not AVAILABLE.");
    }
    AlibabaTask batch = world.instanceJob(ex, "UpdateInstanceImage", "{\"ImageId\":\"" + imageId + "\"}", targets,
        "UpdateImageFailed", "", (instance, status) -> status.equals("RUNNING") || status.equals("STOPPED"));
    batch.children.stream().filter(child -> child.failCode == null).forEach(child -> {
      child.instance.imageId = imageId;
      child.instance.transition("RESETTING", "RUNNING", ex.now, child.doneAt, null);
    });
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("TaskId", batch.id);
    ArrayNode children = out.putObject("Tasks").put("ParentTaskId", batch.id).putArray("ChildTasks");
    batch.children.forEach(child -> children.addObject().put("InstanceId", child.instance.id)
        .put("TaskId", child.id));
    return out;
  }

  private ObjectNode coordinationCode(AlibabaExchange ex) {
    AlibabaInstance instance = world.existing(List.of(ex.call.required("InstanceId"))).get(0);
    return AlibabaJsonOut.answer(ex.requestId).put("CoordinatorCode",
        String.format("%06d", Math.floorMod(instance.id.hashCode() + ex.now.getEpochSecond(), 1_000_000L)));
  }

  private ObjectNode endCoordination(AlibabaExchange ex) {
    world.existing(List.of(ex.call.required("InstanceId")));
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** InstanceHealer: an instance that is not RUNNING is rebooted back to RUNNING. */
  private ObjectNode heal(AlibabaExchange ex) {
    List<AlibabaInstance> targets = named(ex.call, "InstanceIdList");
    ex.call.longInteger("Timeout", 1, 3600, 60);
    int healed = 0;
    for (AlibabaInstance instance : targets) {
      if (instance.settled(ex.now) && !instance.status(ex.now).equals("RUNNING")) {
        instance.transition("REBOOTING", "RUNNING", ex.now, ex.now.plus(world.jobDuration), null);
        healed++;
      }
    }
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    out.putObject("InstanceHealerModel").put("Result", healed == 0 ? "HEALTHY" : "HEALING");
    return out;
  }
}
