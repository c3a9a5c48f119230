package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cloud phone matrices (nodes): listing with filters and tags, buying (each node gets its own instance group and
 * phones, CREATING then RUNNING), changing, renaming, growing storage, renewing and releasing. Buying, changing,
 * growing and renewing place an order that {@link AlibabaWorld#order} settles.
 */
final class AlibabaNodeHandlers {
  private static final int MAX_NODES = 100;
  private static final Set<String> PERIOD_UNITS = Set.of("Month", "Year");

  private final AlibabaWorld world;

  AlibabaNodeHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("DescribeCloudPhoneNodes", this::describe)
        .on("CreateCloudPhoneNode", this::create)
        .on("ChangeCloudPhoneNode", this::change)
        .on("ModifyCloudPhoneNode", this::modify)
        .on("ExpandDataVolume", this::expandShared)
        .on("ExpandPhoneDataVolume", this::expandPhone)
        .on("RenewCloudPhoneNodes", this::renew)
        .on("DeleteCloudPhoneNodes", this::delete);
  }

  /** DescribeCloudPhoneNodes: MaxResults 1 to 100, 20 by default. */
  private ObjectNode describe(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    int pageSize = call.integer("MaxResults", 1, 100, 20);
    List<String> ids = call.list("NodeIds", MAX_NODES);
    List<String> names = call.list("NodeNameList", MAX_NODES);
    Optional<String> name = call.string("NodeName");
    Optional<String> status = call.string("Status");
    Optional<String> serverType = call.string("ServerType");
    List<Map<String, String>> tags = call.objects("Tags");
    List<AlibabaNode> matching = world.nodes.values().stream()
        .filter(node -> ids.isEmpty() || ids.contains(node.id))
        .filter(node -> names.isEmpty() || names.contains(node.name))
        .filter(node -> name.map(node.name::equals).orElse(true))
        .filter(node -> status.map(node.status::equals).orElse(true))
        .filter(node -> serverType.map("cpm.gx7.10xlarge"::equals).orElse(true))
        .filter(node -> world.tagged(node.id, tags))
        .toList();
    AlibabaPaging.Page<AlibabaNode> page = AlibabaPaging.page(call, "nodes", matching, pageSize);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("TotalCount", matching.size())
        .put("NextToken", page.nextToken()).put("MaxResults", pageSize);
    ArrayNode models = out.putArray("NodeModel");
    page.items().forEach(node -> node.toJson(models.addObject(), world.regionId, world.tagsOf(node.id)));
    return out;
  }

  /** CreateCloudPhoneNode: Count nodes (1 to 100) of PhoneCount phones (1 to 60) each. */
  private ObjectNode create(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    call.required("BizRegionId");
    String type = call.string("InstanceType").orElse("ac.max");
    String serverType = call.required("ServerType");
    int count = call.integer("Count", 1, 100, 1);
    int phones = call.integer("PhoneCount", 1, 60, 1);
    String name = call.string("NodeName").orElse("node");
    call.oneOf("ChargeType", Set.of("PrePaid", "PostPaid"), "PrePaid");
    call.oneOf("PeriodUnit", PERIOD_UNITS, "Month");
    call.integer("Period", 1, 60, 1);
    call.string("ImageId").ifPresent(world.images::get);
    Optional<ObjectNode> display = call.object("DisplayConfig");
    AlibabaWorld.Order order = world.order();
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
    ArrayNode infos = out.putArray("NodeInfos");
    if (!order.paid()) {
      return out;
    }
    for (int n = 0; n < count; n++) {
      String nodeId = world.nextNodeId();
      AlibabaNode node = new AlibabaNode(nodeId, count == 1 ? name : name + "-" + (n + 1), "RUNNING", phones, ex.now);
      node.instanceType = type;
      node.shareDataVolume = call.integer("ServerShareDataVolume", 1, 2000, node.shareDataVolume);
      node.phoneDataVolume = call.integer("PhoneDataVolume", 1, 2000, node.phoneDataVolume);
      world.nodes.put(nodeId, node);
      AlibabaTagHandlers.apply(world, nodeId, "NODE", call.objects("Tag"));
      ObjectNode group = world.group(node.name + "-group", serverType, ex.now);
      call.string("ImageId").ifPresent(image -> group.put("ImageId", image));
      List<AlibabaInstance> created = world.newInstances(nodeId, world.groups.id(group), phones, ex.now);
      display.ifPresent(config -> created.forEach(instance -> config.fields().forEachRemaining(field -> {
        if (instance.display.has(field.getKey())) {
          instance.display.set(field.getKey(), field.getValue());
        }
      })));
      ObjectNode info = infos.addObject().put("NodeId", nodeId);
      ArrayNode instanceIds = info.putArray("InstanceIds");
      created.forEach(instance -> instanceIds.add(instance.id));
    }
    return out;
  }

  /** ChangeCloudPhoneNode: a new instance type, phone count (more phones are added, fewer released) or storage. */
  private ObjectNode change(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    AlibabaNode node = world.node(call.required("NodeId"));
    int phones = call.integer("PhoneCount", 1, 60, node.phoneCount);
    int share = call.integer("ShareDataVolume", 1, 2000, node.shareDataVolume);
    if (share < node.shareDataVolume) {
      throw AlibabaFault.invalid("ShareDataVolume", "storage cannot shrink below " + node.shareDataVolume + " GiB");
    }
    AlibabaWorld.Order order = world.order();
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
    ArrayNode infos = out.putArray("NodeInfos");
    if (!order.paid()) {
      return out;
    }
    call.string("InstanceType").ifPresent(type -> node.instanceType = type);
    node.shareDataVolume = share;
    List<AlibabaInstance> onNode = world.instances.values().stream()
        .filter(instance -> instance.nodeId.equals(node.id)).toList();
    if (phones > onNode.size() && !onNode.isEmpty()) {
      world.newInstances(node.id, onNode.get(0).groupId, phones - onNode.size(), ex.now);
    } else if (phones < onNode.size()) {
      world.release(new ArrayList<>(onNode.subList(phones, onNode.size())));
    }
    node.phoneCount = phones;
    node.modifiedAt = ex.now;
    ObjectNode info = infos.addObject().put("NodeId", node.id).put("ShareDataVolume", share);
    ArrayNode instances = info.putArray("InstanceInfos");
    world.instances.values().stream().filter(instance -> instance.nodeId.equals(node.id))
        .forEach(instance -> instances.addObject().put("InstanceId", instance.id));
    return out;
  }

  /** ModifyCloudPhoneNode: a new name (up to 64 characters) or stream mode (0 or 1). */
  private ObjectNode modify(AlibabaExchange ex) {
    AlibabaNode node = world.node(ex.call.required("NodeId"));
    Optional<String> name = ex.call.string("NewNodeName");
    if (name.isPresent() && name.get().length() > 64) {
      throw AlibabaFault.invalid("NewNodeName", "takes at most 64 characters");
    }
    int mode = ex.call.integer("StreamMode", 0, 1, node.streamMode);
    name.ifPresent(newName -> node.name = newName);
    node.streamMode = mode;
    node.modifiedAt = ex.now;
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** ExpandDataVolume: the shared storage of nodes grows (never shrinks). */
  private ObjectNode expandShared(AlibabaExchange ex) {
    List<AlibabaNode> nodes = ex.call.requiredIds("NodeIds", MAX_NODES).stream().map(world::node).toList();
    int share = ex.call.integer("ShareDataVolume", 1, 2000, -1);
    int phone = ex.call.integer("PhoneDataVolume", 1, 2000, -1);
    if (share < 0 && phone < 0) {
      throw AlibabaFault.missing("ShareDataVolume");
    }
    for (AlibabaNode node : nodes) {
      if (share >= 0 && share <= node.shareDataVolume) {
        throw AlibabaFault.invalid("ShareDataVolume", "must exceed the node's " + node.shareDataVolume + " GiB");
      }
    }
    AlibabaWorld.Order order = world.order();
    if (order.paid()) {
      nodes.forEach(node -> {
        node.shareDataVolume = share < 0 ? node.shareDataVolume : share;
        node.phoneDataVolume = phone < 0 ? node.phoneDataVolume : phone;
        node.modifiedAt = ex.now;
      });
    }
    return AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
  }

  /** ExpandPhoneDataVolume: each named phone's data storage grows, on its node. */
  private ObjectNode expandPhone(AlibabaExchange ex) {
    List<AlibabaInstance> targets = world.existing(ex.call.requiredIds("InstanceIds", 100));
    int size = ex.call.integer("PhoneDataVolume", 1, 2000, -1);
    if (size < 0) {
      throw AlibabaFault.missing("PhoneDataVolume");
    }
    AlibabaWorld.Order order = world.order();
    if (order.paid()) {
      targets.forEach(instance -> Optional.ofNullable(world.nodes.get(instance.nodeId))
          .ifPresent(node -> node.phoneDataVolume = size));
    }
    return AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
  }

  /** RenewCloudPhoneNodes: Period months (or years) more on each node's expiry. */
  private ObjectNode renew(AlibabaExchange ex) {
    List<AlibabaNode> nodes = ex.call.requiredIds("NodeIds", MAX_NODES).stream().map(world::node).toList();
    int period = ex.call.integer("Period", 1, 60, 1);
    String unit = ex.call.oneOf("PeriodUnit", PERIOD_UNITS, "Month");
    boolean autoRenew = ex.call.bool("AutoRenew");
    AlibabaWorld.Order order = world.order();
    if (order.paid()) {
      nodes.forEach(node -> {
        node.expiresAt = node.expiresAt.plus(Duration.ofDays((unit.equals("Year") ? 365L : 30L) * period));
        node.autoRenew = autoRenew;
      });
    }
    return AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
  }

  /** DeleteCloudPhoneNodes: releases nodes, their phones and their (then empty) instance groups. */
  private ObjectNode delete(AlibabaExchange ex) {
    List<AlibabaNode> nodes = ex.call.requiredIds("NodeIds", MAX_NODES).stream().map(world::node).toList();
    for (AlibabaNode node : nodes) {
      List<AlibabaInstance> onNode = world.instances.values().stream()
          .filter(instance -> instance.nodeId.equals(node.id)).toList();
      world.release(onNode);
      onNode.stream().map(instance -> instance.groupId).distinct()
          .filter(group -> world.members(group).isEmpty() && world.groups.contains(group))
          .forEach(world.groups::remove);
      world.nodes.remove(node.id);
      world.tags.remove(node.id);
    }
    return AlibabaJsonOut.answer(ex.requestId);
  }
}
