package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mobile agents: the agent (JVS) on each instance, auth tokens, edge devices activated with a package's license
 * key, and mobile / edge agent packages bought, listed, renewed and deleted. Buying and renewing place an order
 * that {@link AlibabaWorld#order} settles.
 */
final class AlibabaAgentHandlers {
  private static final Set<String> PERIOD_UNITS = Set.of("Month", "Year");

  private final AlibabaWorld world;

  AlibabaAgentHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("DescribeJVSInstance", this::describeAgents)
        .on("ModifyJVSInstance", this::modifyAgents)
        .on("RefreshAuthTokens", this::tokens)
        .on("ActivateEdgeMobileAgent", this::activate)
        .on("CreateMobileAgentPackage", this::createPackage)
        .on("DescribeMobileAgentPackage", this::describePackages)
        .on("RenewMobileAgentPackage", this::renewPackages)
        .on("DeleteMobileAgentPackage", this::deletePackages)
        .on("CreateEdgeMobileAgentPackage", this::createEdgePackage)
        .on("DescribeEdgeMobileAgentPackages", this::describeEdgePackages);
  }

  private ObjectNode agentOf(AlibabaInstance instance, AlibabaExchange ex) {
    ObjectNode agent = AlibabaJsonOut.JSON.createObjectNode().put("InstanceId", instance.id)
        .put("Status", instance.status(ex.now).equals("RUNNING") ? "RUNNING" : "STOPPED")
        .put("CreateTime", AlibabaJsonOut.dateTime(instance.createdAt))
        .put("ModifyTime", AlibabaJsonOut.dateTime(instance.modifiedAt));
    agent.putObject("AgentVersion").put("Version", instance.properties.getOrDefault("agent.version", "1.0.0"))
        .put("UpgradeStatus", "LATEST");
    world.agentPackages.where(p -> p.path("InstanceIds").toString().contains("\"" + instance.id + "\""))
        .stream().findFirst().ifPresent(p -> agent.put("JvsPackageId", world.agentPackages.id(p))
            .put("ExpireTime", p.path("ExpiredAt").asText()));
    agent.putArray("CreditConfig");
    agent.putArray("InstalledSkills");
    agent.putArray("UsedCredit");
    return agent;
  }

  private ObjectNode describeAgents(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("InstanceIds", 100);
    List<AlibabaInstance> targets = ids.isEmpty() ? new ArrayList<>(world.instances.values())
        : world.existing(ids);
    List<ObjectNode> agents = targets.stream().map(instance -> agentOf(instance, ex)).toList();
    return AlibabaPaging.answer(ex, "agents", agents, 20, 100, "Data").put("PendingUpgradeCount", 0);
  }

  /** ModifyJVSInstance: the agent version (kept per instance) on named instances or, ApplyToAll, every one. */
  private ObjectNode modifyAgents(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("InstanceIds", 100);
    boolean all = ex.call.bool("ApplyToAll");
    if (ids.isEmpty() && !all) {
      throw AlibabaFault.missing("InstanceIds.1");
    }
    List<AlibabaInstance> targets = all ? new ArrayList<>(world.instances.values()) : world.existing(ids);
    ex.call.string("ImageId").ifPresent(world.images::get);
    ex.call.string("AgentVersion").ifPresent(version -> targets.forEach(instance ->
        instance.properties.put("agent.version", version)));
    ex.call.string("InstanceName").ifPresent(name -> targets.forEach(instance -> instance.name = name));
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** RefreshAuthTokens: a token per instance or license key, valid ExpireSeconds (60 to 86400, 3600). */
  private ObjectNode tokens(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("InstanceIds", 100);
    List<String> keys = ex.call.ids("LicenseKeys", 100);
    if (ids.isEmpty() && keys.isEmpty()) {
      throw AlibabaFault.missing("InstanceIds.1");
    }
    world.existing(ids);
    long seconds = ex.call.longInteger("ExpireSeconds", 60, 86_400, 3600);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ObjectNode data = out.putObject("Data").put("BaseUrl", "https://agent." + world.regionId + ".fake.invalid");
    ArrayNode tokens = data.putArray("Tokens");
    long issued = ex.now.getEpochSecond();
    ids.forEach(id -> tokens.addObject().put("InstanceId", id).put("AuthToken", "fake-token-" + id + "-" + issued)
        .put("IssuedAt", issued).put("ExpireAt", issued + seconds).put("ExpireSeconds", seconds));
    keys.forEach(key -> tokens.addObject().put("LicenseKey", key).put("AuthToken", "fake-token-" + key + "-"
        + issued).put("IssuedAt", issued).put("ExpireAt", issued + seconds).put("ExpireSeconds", seconds));
    return out;
  }

  /** ActivateEdgeMobileAgent: a device takes a license key of an edge package; the same device again is idempotent. */
  private ObjectNode activate(AlibabaExchange ex) {
    String device = ex.call.required("DeviceId");
    String key = ex.call.required("LicenseKey");
    ObjectNode pack = world.edgePackages.where(p -> p.path("LicenseKeys").toString().contains("\"" + key + "\""))
        .stream().findFirst().orElseThrow(() -> new AlibabaFault(404, "InvalidLicenseKey.NotFound",
            "The specified license key does not exist."));
    ObjectNode devices = pack.has("Devices") ? (ObjectNode) pack.get("Devices") : pack.putObject("Devices");
    String bound = devices.path(key).asText("");
    if (!bound.isEmpty() && !bound.equals(device)) {
      throw new AlibabaFault(400, "OperationConflict.LicenseKeyInUse", "The license key is bound to another"
          + " device.");
    }
    devices.put(key, device);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    out.putObject("Data").put("DeviceId", device).put("Idempotent", !bound.isEmpty())
        .put("InstanceId", "edge-" + device).put("AuthToken", "fake-edge-token-" + device);
    return out;
  }

  private ObjectNode createPackage(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    int period = call.integer("Period", 1, 60, 1);
    String unit = call.oneOf("PeriodUnit", PERIOD_UNITS, "Month");
    List<String> instances = call.ids("InstanceIds", 100);
    world.existing(instances);
    int amount = Integer.parseInt(call.string("Amount").orElse("1"));
    if (amount < 1 || amount > 100) {
      throw AlibabaFault.invalid("Amount", "must be between 1 and 100");
    }
    AlibabaWorld.Order order = world.order();
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
    ArrayNode ids = out.putArray("MobileAgentPackageIds");
    if (order.paid()) {
      for (int i = 0; i < amount; i++) {
        ObjectNode pack = world.agentPackages.create()
            .put("PackageSpec", call.string("MobileAgentPackageSpec").orElse("basic"))
            .put("PackageSpecName", "Mobile agent package").put("PackageStatus", "NORMAL")
            .put("PackageCredit", call.string("CreditAmount").orElse("1000")).put("UsedCredit", "0")
            .put("PeriodStartTime", AlibabaJsonOut.dateTime(ex.now))
            .put("PeriodEndTime", AlibabaJsonOut.dateTime(ex.now.plus(days(unit, period))))
            .put("ExpiredAt", AlibabaJsonOut.dateTime(ex.now.plus(days(unit, period))));
        pack.set("InstanceIds", AlibabaJsonOut.array(instances));
        ids.add(world.agentPackages.id(pack));
      }
    }
    return out;
  }

  private ObjectNode describePackages(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("PackageIds", 100);
    List<String> instances = ex.call.ids("InstanceIds", 100);
    Optional<String> status = ex.call.string("PackageStatus");
    int pageSize = ex.call.integer("PageSize", 1, 100, 10);
    int pageNum = ex.call.integer("PageNum", 1, 10_000, 1);
    List<ObjectNode> matching = world.agentPackages.where(p -> (ids.isEmpty()
        || ids.contains(world.agentPackages.id(p)))
        && (instances.isEmpty() || instances.stream().anyMatch(id -> p.path("InstanceIds").toString()
            .contains("\"" + id + "\"")))
        && status.map(s -> s.equals(p.path("PackageStatus").asText())).orElse(true));
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("Code", "200").put("Message", "success")
        .put("TotalCount", matching.size());
    ArrayNode list = out.putArray("PackageList");
    matching.stream().skip((long) (pageNum - 1) * pageSize).limit(pageSize).forEach(p -> list.add(p.deepCopy()));
    return out;
  }

  private ObjectNode renewPackages(AlibabaExchange ex) {
    List<ObjectNode> packs = world.agentPackages.getAll(ex.call.requiredIds("MobileAgentPackageIds", 100));
    int period = ex.call.integer("Period", 1, 60, 1);
    String unit = ex.call.oneOf("PeriodUnit", PERIOD_UNITS, "Month");
    AlibabaWorld.Order order = world.order();
    if (order.paid()) {
      packs.forEach(p -> p.put("ExpiredAt", AlibabaJsonOut.dateTime(java.time.LocalDateTime.parse(
          p.path("ExpiredAt").asText().replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC)
          .plus(days(unit, period)))).put("PeriodEndTime", p.path("ExpiredAt").asText()));
    }
    return AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
  }

  private ObjectNode deletePackages(AlibabaExchange ex) {
    List<String> ids = ex.call.requiredIds("PackageIds", 100);
    world.agentPackages.getAll(ids);
    ids.forEach(world.agentPackages::remove);
    return AlibabaJsonOut.answer(ex.requestId).put("Code", "200").put("Message", "success");
  }

  /** CreateEdgeMobileAgentPackage: Quantity license keys (1 to 1000) for Period months or years. */
  private ObjectNode createEdgePackage(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    call.required("BizRegionId");
    int quantity = call.integer("Quantity", 1, 1000, -1);
    if (quantity < 0) {
      throw AlibabaFault.missing("Quantity");
    }
    int period = call.integer("Period", 1, 60, -1);
    if (period < 0) {
      throw AlibabaFault.missing("Period");
    }
    String unit = call.oneOf("PeriodUnit", PERIOD_UNITS, null);
    if (unit == null) {
      throw AlibabaFault.missing("PeriodUnit");
    }
    AlibabaWorld.Order order = world.order();
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("OrderId", order.id());
    ArrayNode ids = out.putArray("PackageIds");
    if (order.paid()) {
      ObjectNode pack = world.edgePackages.create().put("DeviceClass", call.string("DeviceClass").orElse("phone"))
          .put("PackageSpec", "edge.basic").put("Status", "NORMAL")
          .put("ExpireDate", AlibabaJsonOut.dateTime(ex.now.plus(days(unit, period))));
      String id = world.edgePackages.id(pack);
      List<String> keys = new ArrayList<>();
      for (int i = 1; i <= quantity; i++) {
        keys.add(String.format("LK-%s-%04d", id, i));
      }
      pack.set("LicenseKeys", AlibabaJsonOut.array(keys));
      ids.add(id);
    }
    return out;
  }

  private ObjectNode describeEdgePackages(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("PackageIds", 100);
    List<String> keys = ex.call.ids("LicenseKeys", 100);
    Optional<String> status = ex.call.string("Status");
    List<ObjectNode> matching = world.edgePackages.where(p -> (ids.isEmpty()
        || ids.contains(world.edgePackages.id(p)))
        && (keys.isEmpty() || keys.stream().anyMatch(k -> p.path("LicenseKeys").toString().contains("\"" + k + "\"")))
        && status.map(s -> s.equals(p.path("Status").asText())).orElse(true))
        .stream().map(p -> {
          ObjectNode shown = p.deepCopy();
          shown.remove("Devices");
          return shown;
        }).toList();
    return AlibabaPaging.answer(ex, "edge", matching, 20, 100, "Packages");
  }

  private static Duration days(String unit, int period) {
    return Duration.ofDays((unit.equals("Year") ? 365L : 30L) * period);
  }
}
