package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** What can be bought where: regions, specifications and stock, consistent with the fake's own region. */
final class AlibabaCatalogueHandlers {
  /** The specifications the fake sells: id, cores, memory GiB, resolution. */
  private static final List<String[]> SPECS = List.of(
      new String[] {"acp.basic.small", "2", "4", "720*1280"},
      new String[] {"acp.perf.large", "4", "8", "1080*1920"},
      new String[] {"acp.max.xlarge", "8", "16", "1080*1920"});

  private final AlibabaWorld world;

  AlibabaCatalogueHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("DescribeRegions", this::regions)
        .on("DescribeSpec", this::specs)
        .on("CheckResourceStock", this::stock);
  }

  private ObjectNode regions(AlibabaExchange ex) {
    ex.call.oneOf("AcceptLanguage", java.util.Set.of("zh-CN", "en-US"), "zh-CN");
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ArrayNode models = out.putArray("RegionModels");
    models.addObject().put("RegionId", world.regionId).put("RegionName", world.regionId);
    if (!world.regionId.equals("cn-hangzhou")) {
      models.addObject().put("RegionId", "cn-hangzhou").put("RegionName", "cn-hangzhou");
    }
    return out;
  }

  private ObjectNode specs(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("SpecIds", 100);
    Optional<String> status = ex.call.string("SpecStatus");
    List<ObjectNode> specs = SPECS.stream().filter(spec -> ids.isEmpty() || ids.contains(spec[0]))
        .map(spec -> AlibabaJsonOut.JSON.createObjectNode().put("SpecId", spec[0]).put("SpecType", "Instance")
            .put("SpecStatus", "NORMAL").put("Core", Integer.parseInt(spec[1]))
            .put("Memory", Integer.parseInt(spec[2])).put("SystemDiskSize", 32).put("Resolution", spec[3])
            .put("PhoneCount", "1").put("MinPhoneCount", "1").put("MaxPhoneCount", "100"))
        .filter(spec -> status.map(s -> s.equals(spec.path("SpecStatus").asText())).orElse(true))
        .toList();
    ObjectNode out = AlibabaPaging.answer(ex, "specs", specs, 10, 100, "SpecInfoModel");
    out.remove("MaxResults");
    return out;
  }

  private ObjectNode stock(AlibabaExchange ex) {
    String region = ex.call.required("BizRegionId");
    ex.call.integer("Amount", 1, 1000, 1);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    out.putArray("ResourceStockModels").addObject().put("RegionId", region)
        .put("ZoneId", ex.call.string("ZoneId").orElse(region + "-h"))
        .put("StockStatus", region.equals(world.regionId) ? "WithStock" : "NoStock");
    return out;
  }
}
