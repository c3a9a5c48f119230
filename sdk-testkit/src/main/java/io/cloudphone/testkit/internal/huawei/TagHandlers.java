package io.cloudphone.testkit.internal.huawei;

import static io.cloudphone.testkit.internal.huawei.CphRoutes.PROJECT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags on servers (API reference §5.9, resource type {@code cph-server}): add and remove on one server (one path,
 * told apart by {@code action}), list one server's tags, all tags of the project, and find servers by tag.
 * Huawei's tag rules: a key of 1 to 128 characters, a value of up to 255, at most 20 tags per resource.
 */
final class TagHandlers {
  private static final String RESOURCE_TYPE = "cph-server";
  private static final String TAGS_ACTION = PROJECT + "/{resource_type}/{resource_id}/tags/action";
  private static final int MAX_TAGS = 20;
  private static final int MAX_INSTANCES_LIMIT = 1000;

  private final CphState state;
  private final CphBatch batch;

  TagHandlers(CphState state, CphBatch batch) {
    this.state = state;
    this.batch = batch;
  }

  void register(CphRoutes routes) {
    routes.addWhen("BatchCreateTags", "POST", TAGS_ACTION, "action", "create", this::create)
        .addWhen("BatchDeleteTags", "POST", TAGS_ACTION, "action", "delete", this::delete)
        .add("TagsAction", "POST", TAGS_ACTION, r -> {
          throw CphError.badRequest("CPS.0047", "Parameter: action is invalid.");
        })
        .add("ListResourceInstances", "POST", PROJECT + "/{resource_type}/resource_instances/action",
            this::instances)
        .add("ListResourceTags", "GET", PROJECT + "/{resource_type}/{resource_id}/tags", this::resourceTags)
        .add("ListProjectTags", "GET", PROJECT + "/{resource_type}/tags", this::projectTags);
  }

  /** BatchCreateTags: adds or overwrites tags; answers 204 with no body, as Huawei's tag APIs do. */
  private CphOutcome create(CphRequest request) {
    CphServer server = taggedServer(request);
    Map<String, String> tags = tags(request, true);
    Map<String, String> merged = new LinkedHashMap<>(server.tags);
    merged.putAll(tags);
    if (merged.size() > MAX_TAGS) {
      throw CphError.badRequest("CPS.0164", "Parameter: Invalid property tags (at most " + MAX_TAGS
          + " per resource).");
    }
    server.tags.putAll(tags);
    return new CphOutcome(204, CphJson.JSON.createObjectNode(), false);
  }

  /** BatchDeleteTags: removes tags by key (and value, when given); answers 204 with no body. */
  private CphOutcome delete(CphRequest request) {
    CphServer server = taggedServer(request);
    tags(request, false).forEach((key, value) -> {
      if (value.isEmpty() || value.equals(server.tags.get(key))) {
        server.tags.remove(key);
      }
    });
    return new CphOutcome(204, CphJson.JSON.createObjectNode(), false);
  }

  private CphOutcome resourceTags(CphRequest request) {
    CphServer server = taggedServer(request);
    ObjectNode answer = CphJson.JSON.createObjectNode();
    ArrayNode tags = answer.putArray("tags");
    server.tags.forEach((key, value) -> tags.addObject().put("key", key).put("value", value));
    return CphOutcome.ok(answer);
  }

  private CphOutcome projectTags(CphRequest request) {
    resourceType(request);
    Map<String, Set<String>> all = new LinkedHashMap<>();
    state.servers.values().forEach(server -> server.tags.forEach((key, value) ->
        all.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value)));
    List<ObjectNode> tags = new ArrayList<>();
    all.forEach((key, values) -> {
      ObjectNode tag = CphJson.JSON.createObjectNode().put("key", key);
      values.forEach(tag.putArray("values")::add);
      tags.add(tag);
    });
    ObjectNode answer = CphOutcome.page(request, "tags", tags, 1000).body();
    answer.remove(List.of("count", "request_id"));
    return CphOutcome.ok(answer);
  }

  /** ListResourceInstances: servers matching every tag filter (any of a filter's values) and the name match. */
  private CphOutcome instances(CphRequest request) {
    resourceType(request);
    JsonNode body = request.body();
    int offset = body.path("offset").asInt(0);
    int limit = body.path("limit").asInt(MAX_INSTANCES_LIMIT);
    if (offset < 0 || limit < 1 || limit > MAX_INSTANCES_LIMIT) {
      throw CphError.offsetOrLimit();
    }
    boolean untagged = body.path("without_any_tag").asBoolean(false);
    List<JsonNode> filters = request.objects("tags");
    List<JsonNode> matches = request.objects("matches");
    List<ObjectNode> found = new ArrayList<>();
    for (CphServer server : state.servers.values()) {
      boolean keep = untagged ? server.tags.isEmpty() : filters.stream().allMatch(filter -> {
        String key = CphRequest.text(filter, "key");
        List<String> values = CphRequest.strings(filter, "values");
        return server.tags.containsKey(key) && (values.isEmpty() || values.contains(server.tags.get(key)));
      });
      keep &= matches.stream().allMatch(match -> server.name.contains(CphRequest.text(match, "value")));
      if (keep) {
        ObjectNode node = CphJson.JSON.createObjectNode().put("resource_id", server.id)
            .put("resource_name", server.name).put("resource_detail", "");
        ArrayNode tags = node.putArray("tags");
        server.tags.forEach((key, value) -> tags.addObject().put("key", key).put("value", value));
        found.add(node);
      }
    }
    ObjectNode answer = CphJson.JSON.createObjectNode().put("total_count", found.size());
    answer.putArray("resources").addAll(found.subList(Math.min(offset, found.size()),
        Math.min(found.size(), offset + limit)));
    return CphOutcome.ok(answer);
  }

  private CphServer taggedServer(CphRequest request) {
    resourceType(request);
    return state.server(request.path("resource_id"))
        .orElseThrow(() -> CphError.badRequest("CPS.0086", "Parameter: resourceId is invalid."));
  }

  private static void resourceType(CphRequest request) {
    if (!RESOURCE_TYPE.equals(request.path("resource_type"))) {
      throw CphError.noSuchApi();
    }
  }

  /** The body's tags, checked against Huawei's tag rules; values may be empty only when deleting. */
  private static Map<String, String> tags(CphRequest request, boolean creating) {
    List<JsonNode> items = request.objects("tags");
    if (items.isEmpty() || items.size() > MAX_TAGS) {
      throw CphError.badRequest("CPS.0164", "Parameter: Invalid property tags.");
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (JsonNode item : items) {
      String key = CphRequest.text(item, "key");
      String value = CphRequest.text(item, "value");
      if (key.isBlank() || key.length() > 128 || value.length() > 255 || (creating && !item.has("value"))) {
        throw CphError.badRequest("CPS.0164", "Parameter: Invalid property tags.");
      }
      tags.put(key, value);
    }
    return tags;
  }
}
