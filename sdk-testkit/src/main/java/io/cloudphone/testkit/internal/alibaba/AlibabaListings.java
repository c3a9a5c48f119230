package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** DescribeCloudPhoneNodes and DescribeAndroidInstances: filters, NextToken paging and the documented page sizes. */
final class AlibabaListings {
  private final AlibabaWorld world;

  AlibabaListings(AlibabaWorld world) {
    this.world = world;
  }

  /** DescribeCloudPhoneNodes: MaxResults 1 to 100, 20 by default. */
  ObjectNode describeCloudPhoneNodes(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    int pageSize = call.integer("MaxResults", 1, 100, 20);
    List<String> ids = call.list("NodeIds", 100);
    Optional<String> name = call.string("NodeName");
    Optional<String> status = call.string("Status");
    Optional<String> serverType = call.string("ServerType");
    List<AlibabaNode> matching = world.nodes.values().stream()
        .filter(node -> ids.isEmpty() || ids.contains(node.id))
        .filter(node -> name.map(node.name::equals).orElse(true))
        .filter(node -> status.map(node.status::equals).orElse(true))
        .filter(node -> serverType.map("cpm.gx7.10xlarge"::equals).orElse(true))
        .toList();
    AlibabaPaging.Page<AlibabaNode> page = AlibabaPaging.page(call, "nodes", matching, pageSize);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("TotalCount", matching.size())
        .put("NextToken", page.nextToken()).put("MaxResults", pageSize);
    ArrayNode models = out.putArray("NodeModel");
    page.items().forEach(node -> node.toJson(models.addObject(), world.regionId));
    return out;
  }

  /** DescribeAndroidInstances: MaxResults 1 to 100, 100 by default; unknown ids are simply not listed. */
  ObjectNode describeAndroidInstances(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    int pageSize = call.integer("MaxResults", 1, 100, 100);
    List<String> ids = call.list("AndroidInstanceIds", 100);
    List<String> groupIds = Stream.concat(call.string("InstanceGroupId").stream(),
        call.list("InstanceGroupIds", 100).stream()).toList();
    Optional<String> nodeId = call.string("NodeId");
    Optional<String> status = call.string("Status");
    Optional<String> name = call.string("AndroidInstanceName");
    List<AlibabaInstance> matching = world.instances.values().stream()
        .filter(instance -> ids.isEmpty() || ids.contains(instance.id))
        .filter(instance -> groupIds.isEmpty() || groupIds.contains(instance.groupId))
        .filter(instance -> nodeId.map(instance.nodeId::equals).orElse(true))
        .filter(instance -> status.map(instance.status(ex.now)::equals).orElse(true))
        .filter(instance -> name.map(instance.name::contains).orElse(true))
        .toList();
    AlibabaPaging.Page<AlibabaInstance> page = AlibabaPaging.page(call, "instances", matching, pageSize);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("TotalCount", matching.size())
        .put("NextToken", page.nextToken());
    ArrayNode models = out.putArray("InstanceModel");
    page.items().forEach(instance -> instance.toJson(models.addObject(), ex.now, world.regionId));
    return out;
  }
}
