package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Instance groups (instance-mode purchases): buying (the group's phones are CREATING, then RUNNING), renaming and
 * re-policying, upgrading (more phones) and downgrading (named phones released), renewing, charge type and spec
 * changes, image updates and release. Paid changes place an order that {@link AlibabaWorld#order} settles.
 */
final class AlibabaInstanceGroupHandlers {
  private static final int MAX_GROUPS = 100;
  private static final Set<String> PERIOD_UNITS = Set.of("Month", "Year", "Hour");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final AlibabaWorld world;

  AlibabaInstanceGroupHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("DescribeAndroidInstanceGroups", this::describe)
        .on("CreateAndroidInstanceGroup", this::create)
        .on("CreateAICloudPhone", this::createAiPhone)
        .on("ModifyAndroidInstanceGroup", this::modify)
        .on("UpgradeAndroidInstanceGroup", this::upgrade)
        .on("DowngradeAndroidInstanceGroup", this::downgrade)
        .on("RenewAndroidInstanceGroups", this::renew)
        .on("ModifyInstanceChargeType", this::chargeType)
        .on("ModifyInstanceGroupSpec", this::spec)
        .on("UpdateInstanceGroupImage", this::image)
        .on("DeleteAndroidInstanceGroup", this::delete);
  }

  private ObjectNode describe(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    List<String> ids = call.ids("InstanceGroupIds", MAX_GROUPS);
    Optional<String> name = call.string("InstanceGroupName");
    Optional<String> status = call.string("Status");
    Optional<String> policy = call.string("PolicyGroupId");
    Optional<String> charge = call.string("ChargeType");
    List<ObjectNode> matching = world.groups.where(group -> (ids.isEmpty() || ids.contains(world.groups.id(group)))
        && name.map(n -> group.path("InstanceGroupName").asText().contains(n)).orElse(true)
        && status.map(s -> s.equals(group.path("InstanceGroupStatus").asText())).orElse(true)
        && policy.map(p -> p.equals(group.path("PolicyGroupId").asText())).orElse(true)
        && charge.map(c -> c.equals(group.path("ChargeType").asText())).orElse(true));
    List<ObjectNode> shown = new ArrayList<>();
    for (ObjectNode group : matching) {
      String id = world.groups.id(group);
      ObjectNode copy = group.deepCopy().put("NumberOfInstances", String.valueOf(world.members(id).size()))
          .put("AvailableInstanceAmount", world.members(id).size());
      AlibabaJsonOut.tags(copy.putArray("Tags"), world.tagsOf(id));
      shown.add(copy);
    }
    return AlibabaPaging.answer(ex, "groups", shown, 10, 100, "InstanceGroupModel");
  }

  /** CreateAndroidInstanceGroup: Amount groups (1 to 100) of NumberOfInstances phones (1 to 100) each. */
  private ObjectNode create(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    call.required("BizRegionId");
    String spec = call.required("InstanceGroupSpec");
    String imageId = call.required("ImageId");
    world.images.get(imageId);
    int amount = call.integer("Amount", 1, 100, 1);
    int phones = call.integer("NumberOfInstances", 1, 100, 1);
    String charge = call.oneOf("ChargeType", Set.of("PrePaid", "PostPaid"), "PostPaid");
    int period = call.integer("Period", 1, 60, 1);
    String unit = call.oneOf("PeriodUnit", PERIOD_UNITS, "Month");
    Optional<String> policy = call.string("PolicyGroupId");
    policy.ifPresent(world.policies::get);
    Optional<String> keyPair = call.string("KeyPairId");
    keyPair.ifPresent(world.keyPairs::get);
    String name = call.string("InstanceGroupName").orElse("group");
    if (name.length() > 30) {
      throw AlibabaFault.invalid("InstanceGroupName", "takes at most 30 characters");
    }
    AlibabaWorld.Order order = world.order();
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
    ArrayNode ids = out.putArray("InstanceGroupIds");
    ArrayNode infos = out.putArray("InstanceGroupInfos");
    if (!order.paid()) {
      return out;
    }
    for (int g = 0; g < amount; g++) {
      ObjectNode group = world.group(amount == 1 ? name : name + "-" + (g + 1), spec, ex.now)
          .put("ImageId", imageId).put("ChargeType", charge)
          .put("GmtExpired", AlibabaJsonOut.dateTime(ex.now.plus(period(unit, period))));
      policy.ifPresent(id -> group.put("PolicyGroupId", id));
      String groupId = world.groups.id(group);
      AlibabaTagHandlers.apply(world, groupId, "INSTANCE_GROUP", call.objects("Tag"));
      List<AlibabaInstance> created = world.newInstances("", groupId, phones, ex.now);
      created.forEach(instance -> {
        instance.keyPairId = keyPair.orElse(null);
        instance.policyGroupId = policy.orElse(null);
      });
      ids.add(groupId);
      ArrayNode instanceIds = infos.addObject().put("InstanceGroupId", groupId).putArray("InstanceIds");
      created.forEach(instance -> instanceIds.add(instance.id));
    }
    return out;
  }

  /** CreateAICloudPhone: Amount phones of InstanceGroupSpec in one new group, on a bandwidth package. */
  private ObjectNode createAiPhone(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    call.required("BizRegionId");
    call.required("BandwidthPackageId");
    String spec = call.required("InstanceGroupSpec");
    String imageId = call.required("ImageId");
    String name = call.required("InstanceGroupName", 30);
    int amount = call.integer("Amount", 1, 100, -1);
    if (amount < 0) {
      throw AlibabaFault.missing("Amount");
    }
    int period = call.integer("Period", 1, 60, -1);
    if (period < 0) {
      throw AlibabaFault.missing("Period");
    }
    String unit = call.oneOf("PeriodUnit", PERIOD_UNITS, null);
    if (unit == null) {
      throw AlibabaFault.missing("PeriodUnit");
    }
    world.images.get(imageId);
    call.string("PolicyGroupId").ifPresent(world.policies::get);
    AlibabaWorld.Order order = world.order();
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ObjectNode data = out.putObject("Data").put("OrderId", Long.parseLong(order.id()));
    ArrayNode packages = data.putArray("PackageIds");
    if (order.paid()) {
      ObjectNode group = world.group(name, spec, ex.now).put("ImageId", imageId)
          .put("GmtExpired", AlibabaJsonOut.dateTime(ex.now.plus(period(unit, period))));
      packages.add(world.groups.id(group));
      world.newInstances("", world.groups.id(group), amount, ex.now);
    }
    return out;
  }

  private ObjectNode modify(AlibabaExchange ex) {
    ObjectNode group = world.groups.get(ex.call.required("InstanceGroupId"));
    String id = world.groups.id(group);
    Optional<String> name = ex.call.string("NewInstanceGroupName");
    if (name.isPresent() && name.get().length() > 30) {
      throw AlibabaFault.invalid("NewInstanceGroupName", "takes at most 30 characters");
    }
    Optional<String> policy = ex.call.string("PolicyGroupId");
    policy.ifPresent(world.policies::get);
    ex.call.integer("StreamMode", 0, 1, 0);
    name.ifPresent(newName -> {
      group.put("InstanceGroupName", newName);
      world.members(id).forEach(instance -> instance.groupName = newName);
    });
    policy.ifPresent(p -> {
      group.put("PolicyGroupId", p);
      world.members(id).forEach(instance -> instance.policyGroupId = p);
    });
    group.put("GmtModified", AlibabaJsonOut.dateTime(ex.now));
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** UpgradeAndroidInstanceGroup: IncreaseNumberOfInstance (1 to 100) more phones in the group. */
  private ObjectNode upgrade(AlibabaExchange ex) {
    ObjectNode group = world.groups.get(ex.call.required("InstanceGroupId"));
    int more = ex.call.integer("IncreaseNumberOfInstance", 1, 100, -1);
    if (more < 0) {
      throw AlibabaFault.missing("IncreaseNumberOfInstance");
    }
    AlibabaWorld.Order order = world.order();
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
    if (order.paid()) {
      String groupId = world.groups.id(group);
      String nodeId = world.members(groupId).stream().map(instance -> instance.nodeId).findFirst().orElse("");
      List<AlibabaInstance> created = world.newInstances(nodeId, groupId, more, ex.now);
      out.put("InstanceIds", String.join(",", created.stream().map(instance -> instance.id).toList()));
    }
    return out;
  }

  /** DowngradeAndroidInstanceGroup: releases the named phones of the group; a group keeps at least one. */
  private ObjectNode downgrade(AlibabaExchange ex) {
    ObjectNode group = world.groups.get(ex.call.required("InstanceGroupId"));
    String groupId = world.groups.id(group);
    List<AlibabaInstance> targets = world.existing(ex.call.requiredIds("AndroidInstanceIds", 100));
    for (AlibabaInstance instance : targets) {
      if (!instance.groupId.equals(groupId)) {
        throw AlibabaFault.invalid("AndroidInstanceIds", instance.id + " is not in instance group " + groupId);
      }
    }
    if (targets.size() >= world.members(groupId).size()) {
      throw AlibabaFault.invalid("AndroidInstanceIds", "an instance group keeps at least one instance; delete the"
          + " group instead");
    }
    AlibabaWorld.Order order = world.order();
    if (order.paid()) {
      world.release(targets);
    }
    return AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
  }

  private ObjectNode renew(AlibabaExchange ex) {
    List<ObjectNode> groups = world.groups.getAll(ex.call.requiredIds("InstanceGroupIds", MAX_GROUPS));
    int period = ex.call.integer("Period", 1, 60, 1);
    String unit = ex.call.oneOf("PeriodUnit", PERIOD_UNITS, "Month");
    for (ObjectNode group : groups) {
      if (!group.path("ChargeType").asText().equals("PrePaid")) {
        throw new AlibabaFault(400, "InvalidStatus.ChargeType", "Only subscription (PrePaid) groups can be renewed;"
            + " " + world.groups.id(group) + " is " + group.path("ChargeType").asText() + ".");
      }
    }
    AlibabaWorld.Order order = world.order();
    if (order.paid()) {
      groups.forEach(group -> group.put("GmtExpired",
          AlibabaJsonOut.dateTime(expiry(group).plus(period(unit, period)))));
    }
    return AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
  }

  private ObjectNode chargeType(AlibabaExchange ex) {
    List<ObjectNode> groups = world.groups.getAll(ex.call.requiredIds("InstanceGroupIds", MAX_GROUPS));
    String charge = ex.call.oneOf("ChargeType", Set.of("PrePaid", "PostPaid"), null);
    if (charge == null) {
      throw AlibabaFault.missing("ChargeType");
    }
    int period = ex.call.integer("Period", 1, 60, 1);
    String unit = ex.call.oneOf("PeriodUnit", PERIOD_UNITS, "Month");
    AlibabaWorld.Order order = world.order();
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
    ArrayNode ids = out.putArray("InstanceGroupIds");
    if (order.paid()) {
      groups.forEach(group -> {
        group.put("ChargeType", charge);
        if (charge.equals("PrePaid")) {
          group.put("GmtExpired", AlibabaJsonOut.dateTime(ex.now.plus(period(unit, period))));
        }
        ids.add(world.groups.id(group));
      });
    }
    return out;
  }

  private ObjectNode spec(AlibabaExchange ex) {
    List<ObjectNode> groups = world.groups.getAll(ex.call.requiredIds("InstanceGroupIds", MAX_GROUPS));
    String spec = ex.call.required("InstanceGroupSpec");
    AlibabaWorld.Order order = world.order();
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("OrderTaskId", "ot-" + order.id());
    ArrayNode orders = out.putArray("OrderInfo");
    if (order.paid()) {
      groups.forEach(group -> {
        group.put("InstanceGroupSpec", spec);
        ArrayNode ids = orders.addObject().put("OrderId", order.id()).putArray("InstanceIds");
        world.members(world.groups.id(group)).forEach(instance -> ids.add(instance.id));
      });
    }
    return out;
  }

  /** UpdateInstanceGroupImage: the group and its phones move to an AVAILABLE image (a reset each). */
  private ObjectNode image(AlibabaExchange ex) {
    List<ObjectNode> groups = world.groups.getAll(ex.call.requiredIds("InstanceGroupIds", MAX_GROUPS));
    String imageId = ex.call.required("ImageId");
    ObjectNode image = world.images.get(imageId);
    if (!image.path("Status").asText().equals("AVAILABLE")) {
      throw new AlibabaFault(400, "IncorrectStatus.Image", "The image " + imageId + " is "
          + image.path("Status").asText() + ", not AVAILABLE.");
    }
    for (ObjectNode group : groups) {
      group.put("ImageId", imageId);
      List<AlibabaInstance> members = world.members(world.groups.id(group));
      AlibabaTask batch = world.instanceJob(ex, "UpdateInstanceImage", "{\"ImageId\":\"" + imageId + "\"}",
          members, "UpdateImageFailed", "", (instance, status) -> !status.endsWith("ING"));
      batch.children.stream().filter(child -> child.failCode == null).forEach(child -> {
        child.instance.imageId = imageId;
        child.instance.transition("RESETTING", "RUNNING", ex.now, child.doneAt, null);
      });
    }
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** DeleteAndroidInstanceGroup: releases the groups and all their phones. */
  private ObjectNode delete(AlibabaExchange ex) {
    List<ObjectNode> groups = world.groups.getAll(ex.call.requiredIds("InstanceGroupIds", MAX_GROUPS));
    for (ObjectNode group : groups) {
      String id = world.groups.id(group);
      world.release(world.members(id));
      world.groups.remove(id);
      world.tags.remove(id);
    }
    return AlibabaJsonOut.answer(ex.requestId);
  }

  private static Duration period(String unit, int period) {
    return switch (unit) {
      case "Hour" -> Duration.ofHours(period);
      case "Year" -> Duration.ofDays(365L * period);
      default -> Duration.ofDays(30L * period);
    };
  }

  private static Instant expiry(ObjectNode group) {
    return LocalDateTime.parse(group.path("GmtExpired").asText(), DATE_TIME).toInstant(ZoneOffset.UTC);
  }
}
