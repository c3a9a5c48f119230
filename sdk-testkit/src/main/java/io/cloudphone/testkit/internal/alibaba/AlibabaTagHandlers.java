package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tags on instances, nodes, instance groups and images: set (at most 20 per resource), removed, listed; the
 * resource listings filter on them and show them.
 */
final class AlibabaTagHandlers {
  /** Tags one resource may carry (documented). */
  static final int MAX_TAGS = 20;

  private final AlibabaWorld world;

  AlibabaTagHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("TagResources", this::tag)
        .on("UntagResources", this::untag)
        .on("ListTagResources", this::list);
  }

  /** Sets tags on a resource the fake knows, as TagResources and the buying calls' {@code Tag.N} do. */
  static void apply(AlibabaWorld world, String resourceId, String type, List<Map<String, String>> tags) {
    if (tags.isEmpty()) {
      return;
    }
    Map<String, String> own = world.tags.computeIfAbsent(resourceId, id -> new LinkedHashMap<>());
    for (Map<String, String> tag : tags) {
      String key = Optional.ofNullable(tag.get("Key")).filter(k -> !k.isBlank())
          .orElseThrow(() -> AlibabaFault.missing("Tag.N.Key"));
      if (key.length() > 128 || key.startsWith("aliyun") || key.startsWith("acs:")) {
        throw AlibabaFault.invalid("Tag.N.Key", "up to 128 characters, not starting with aliyun or acs:");
      }
      own.put(key, tag.getOrDefault("Value", ""));
    }
    if (own.size() > MAX_TAGS) {
      throw new AlibabaFault(400, "QuotaExceed.TagsPerResource", "A resource carries at most " + MAX_TAGS
          + " tags; " + resourceId + " would carry " + own.size() + ".");
    }
    world.tagTypes.put(resourceId, type);
  }

  private void exists(String id) {
    if (!world.instances.containsKey(id) && !world.nodes.containsKey(id) && !world.groups.contains(id)
        && !world.images.contains(id)) {
      throw new AlibabaFault(404, "InvalidResourceId.NotFound", "The specified resource \"" + id
          + "\" does not exist.");
    }
  }

  private ObjectNode tag(AlibabaExchange ex) {
    String type = ex.call.required("ResourceType");
    List<String> ids = ex.call.requiredIds("ResourceId", 50);
    List<Map<String, String>> tags = ex.call.objects("Tag");
    if (tags.isEmpty()) {
      throw AlibabaFault.missing("Tag.1.Key");
    }
    ids.forEach(this::exists);
    for (String id : ids) {
      Map<String, String> before = new LinkedHashMap<>(world.tagsOf(id));
      try {
        apply(world, id, type, tags);
      } catch (AlibabaFault refused) {
        world.tags.put(id, before);
        throw refused;
      }
    }
    return AlibabaJsonOut.answer(ex.requestId);
  }

  private ObjectNode untag(AlibabaExchange ex) {
    ex.call.required("ResourceType");
    List<String> ids = ex.call.requiredIds("ResourceId", 50);
    List<String> keys = ex.call.ids("TagKey", MAX_TAGS);
    boolean all = ex.call.bool("All");
    if (keys.isEmpty() && !all) {
      throw AlibabaFault.missing("TagKey.1");
    }
    ids.forEach(this::exists);
    for (String id : ids) {
      Optional.ofNullable(world.tags.get(id)).ifPresent(own -> {
        if (all) {
          own.clear();
        } else {
          keys.forEach(own::remove);
        }
      });
    }
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** ListTagResources: one entry per (resource, tag), by resource ids, tags or both. */
  private ObjectNode list(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("ResourceId", 50);
    List<Map<String, String>> wanted = ex.call.objects("Tag");
    Optional<String> type = ex.call.string("ResourceType");
    List<ObjectNode> rows = new ArrayList<>();
    world.tags.forEach((id, own) -> {
      if ((ids.isEmpty() || ids.contains(id)) && world.tagged(id, wanted)
          && type.map(t -> t.equals(world.tagTypes.get(id))).orElse(true)) {
        own.forEach((key, value) -> rows.add(AlibabaJsonOut.JSON.createObjectNode().put("ResourceId", id)
            .put("ResourceType", world.tagTypes.getOrDefault(id, "")).put("TagKey", key).put("TagValue", value)));
      }
    });
    ObjectNode out = AlibabaPaging.answer(ex, "tags", rows, 50, 1000, "TagResources");
    out.remove("TotalCount");
    out.remove("MaxResults");
    return out;
  }
}
