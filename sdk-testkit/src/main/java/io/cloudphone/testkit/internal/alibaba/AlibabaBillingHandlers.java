package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Credits: credit packages bought (an order {@link AlibabaWorld#order} settles), listed with their totals, and the
 * credit details of agent tasks (each agent task the fake ran spends 10 credits of the first package).
 */
final class AlibabaBillingHandlers {
  private static final long TASK_CREDITS = 10;

  private final AlibabaWorld world;

  AlibabaBillingHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("CreateCreditPackage", this::create)
        .on("DescribeCreditPackage", this::describe)
        .on("DescribeCreditDetail", this::detail);
  }

  private ObjectNode create(AlibabaExchange ex) {
    long credits = Long.parseLong(ex.call.string("CreditAmount").orElse("1000"));
    int packages = Integer.parseInt(ex.call.string("PackageAmount").orElse("1"));
    if (credits < 1 || packages < 1 || packages > 100) {
      throw AlibabaFault.invalid("CreditAmount", "credits and package amount must be positive (at most 100"
          + " packages)");
    }
    int period = ex.call.integer("Period", 1, 60, 1);
    String unit = ex.call.oneOf("PeriodUnit", java.util.Set.of("Month", "Year"), "Month");
    AlibabaWorld.Order order = world.order();
    String expires = AlibabaJsonOut.dateTime(ex.now.plus(Duration.ofDays((unit.equals("Year") ? 365L : 30L)
        * period)));
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id())
        .put("EffectiveTime", AlibabaJsonOut.dateTime(ex.now)).put("ExpiredTime", expires);
    ArrayNode ids = out.putArray("CreditPackageIds");
    if (order.paid()) {
      for (int i = 0; i < packages; i++) {
        ObjectNode pack = world.creditPackages.create().put("TotalCredits", String.valueOf(credits))
            .put("CreditPackageStatus", "NORMAL").put("CreateTime", AlibabaJsonOut.dateTime(ex.now))
            .put("EffectiveTime", AlibabaJsonOut.dateTime(ex.now)).put("ExpiredTime", expires);
        ids.add(world.creditPackages.id(pack));
      }
      out.put("CreditPackageId", ids.get(0).asText());
    }
    return out;
  }

  private long spent() {
    return world.agentTasks.where(task -> true).size() * TASK_CREDITS;
  }

  private ObjectNode describe(AlibabaExchange ex) {
    Optional<String> id = ex.call.string("CreditPackageId");
    id.ifPresent(world.creditPackages::get);
    Optional<String> status = ex.call.string("CreditPackageStatus");
    List<ObjectNode> packs = world.creditPackages.where(p -> id.map(i -> i.equals(world.creditPackages.id(p)))
        .orElse(true) && status.map(s -> s.equals(p.path("CreditPackageStatus").asText())).orElse(true));
    long total = 0;
    long left = spent();
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ArrayNode infos = out.putArray("CreditsPackageInfos");
    for (ObjectNode pack : packs) {
      long credits = Long.parseLong(pack.path("TotalCredits").asText());
      long used = Math.min(credits, left);
      left -= used;
      total += credits - used;
      infos.add(pack.deepCopy().put("ExhaustedCredits", String.valueOf(used))
          .put("AvailableCredits", String.valueOf(credits - used)));
    }
    return out.put("TotalCount", packs.size()).put("TotalAvailableCredits", String.valueOf(total))
        .put("TotalExhaustedCredit", String.valueOf(spent())).put("IsFirstPurchase", world.creditPackages
            .where(p -> true).isEmpty());
  }

  private ObjectNode detail(AlibabaExchange ex) {
    List<String> instances = ex.call.ids("InstanceIds", 100);
    int pageSize = ex.call.integer("PageSize", 1, 100, 20);
    int pageNum = ex.call.integer("PageNum", 1, 10_000, 1);
    List<ObjectNode> tasks = world.agentTasks.where(task -> instances.isEmpty()
        || instances.contains(task.path("InstanceId").asText()));
    String packageId = world.creditPackages.where(p -> true).stream().findFirst()
        .map(world.creditPackages::id).orElse("");
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ObjectNode data = out.putObject("Data").put("TotalCount", tasks.size()).put("PageNum", pageNum)
        .put("PageSize", pageSize).put("TotalCreditChange", "-" + tasks.size() * TASK_CREDITS).put("NextToken", "");
    ArrayNode details = data.putArray("Details");
    tasks.stream().skip((long) (pageNum - 1) * pageSize).limit(pageSize).forEach(task -> details.addObject()
        .put("TaskId", world.agentTasks.id(task)).put("InstanceId", task.path("InstanceId").asText())
        .put("PackageId", packageId).put("CreditChange", "-" + TASK_CREDITS)
        .put("ChangeTime", task.path("RunningAt").asText()).put("Description", "agent task"));
    return out;
  }
}
