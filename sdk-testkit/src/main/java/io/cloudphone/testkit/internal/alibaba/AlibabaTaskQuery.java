package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** DescribeTasks: every documented filter, MaxResults 1 to 100 (10 by default), oldest task first. */
final class AlibabaTaskQuery {
  private final AlibabaWorld world;

  AlibabaTaskQuery(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("DescribeTasks", this::describeTasks);
  }

  ObjectNode describeTasks(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    int pageSize = call.integer("MaxResults", 1, 100, 10);
    int level = call.integer("Level", 1, 2, 0);
    List<Predicate<AlibabaTask>> filters = new ArrayList<>();
    if (level != 0) {
      filters.add(task -> task.level == level);
    }
    anyOf(filters, call.list("TaskIds", 100), task -> task.id);
    anyOf(filters, call.list("ResourceIds", 100), task -> task.instance == null ? "" : task.instance.id);
    anyOf(filters, withSingle(call, "TaskType", "TaskTypes"), task -> task.type);
    anyOf(filters, withSingle(call, "TaskStatus", "TaskStatuses"), task -> task.status(ex.now));
    equal(filters, call.string("InvokeId"), task -> task.invokeId);
    equal(filters, call.string("ParentTaskId"), task -> task.parentId == null ? "" : task.parentId);
    equal(filters, call.string("InstanceId"), task -> task.instance == null ? "" : task.instance.id);
    equal(filters, call.string("InstanceName"), task -> task.instance == null ? "" : task.instance.name);
    List<AlibabaTask> matching = world.tasks.values().stream()
        .filter(task -> filters.stream().allMatch(filter -> filter.test(task))).toList();
    AlibabaPaging.Page<AlibabaTask> page = AlibabaPaging.page(call, "tasks", matching, pageSize);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("TotalCount", matching.size())
        .put("NextToken", page.nextToken());
    ArrayNode data = out.putArray("Data");
    Instant now = ex.now;
    page.items().forEach(task -> task.toJson(data.addObject(), now, world.regionId));
    return out;
  }

  private static List<String> withSingle(AlibabaRpcCall call, String single, String many) {
    List<String> values = new ArrayList<>(call.list(many, 100));
    call.string(single).ifPresent(values::add);
    return values;
  }

  private static void anyOf(List<Predicate<AlibabaTask>> filters, List<String> wanted,
      Function<AlibabaTask, String> field) {
    if (!wanted.isEmpty()) {
      filters.add(task -> wanted.contains(field.apply(task)));
    }
  }

  private static void equal(List<Predicate<AlibabaTask>> filters, Optional<String> wanted,
      Function<AlibabaTask, String> field) {
    wanted.ifPresent(value -> filters.add(task -> value.equals(field.apply(task))));
  }
}
