package io.cloudphone.alibaba.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.core.internal.Operation;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Flattens a typed request into RPC parameters: lists as {@code Name.1, Name.2}, objects in lists as
 * {@code Tag.1.Key}, and the objects the API takes as one JSON string (DisplayConfig, NetworkInfo, ...) as
 * that string. Each top-level field goes to the form body if the operation says so, else to the query.
 *
 * <p>What the caller did not set is not sent: absent values, empty lists and objects (also inside a JSON string, and
 * elements that hold nothing) leave no parameter, never {@code Tag=[]}, {@code X.1=} or {@code "Rules":[]}.
 */
public final class RpcRequestBinder {
  private final ObjectMapper json;

  /** A binder writing with {@code json} (PascalCase). */
  public RpcRequestBinder(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Binds {@code request} for {@code operation}.
   *
   * @throws IllegalArgumentException when an id parameter is blank
   */
  public RpcParameters bind(Operation<?, ?> operation, Object request) {
    ObjectNode fields = json.valueToTree(request);
    TreeMap<String, String> query = new TreeMap<>();
    TreeMap<String, String> form = new TreeMap<>();
    operation.fixedParams().forEach((name, value) -> query.put(name, String.valueOf(value)));
    Iterator<Map.Entry<String, JsonNode>> entries = fields.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String name = entry.getKey();
      JsonNode value = pruned(entry.getValue());
      if (isUnset(value)) {
        continue;
      }
      TreeMap<String, String> target = operation.formParams().contains(name) ? form : query;
      if (operation.jsonStringParams().contains(name)) {
        target.put(name, value.isTextual() ? value.asText() : value.toString());
      } else {
        flatten(name, value, target);
      }
    }
    return new RpcParameters(query, form);
  }

  /** {@code value} without nulls, empty containers and elements or fields that hold nothing, at any depth. */
  private static JsonNode pruned(JsonNode value) {
    if (value.isObject()) {
      ObjectNode out = ((ObjectNode) value).objectNode();
      value.fields().forEachRemaining(field -> {
        JsonNode kept = pruned(field.getValue());
        if (!isUnset(kept)) {
          out.set(field.getKey(), kept);
        }
      });
      return out;
    }
    if (value.isArray()) {
      ArrayNode out = ((ArrayNode) value).arrayNode();
      value.forEach(element -> {
        JsonNode kept = pruned(element);
        if (!isUnset(kept)) {
          out.add(kept);
        }
      });
      return out;
    }
    return value;
  }

  private static boolean isUnset(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode() || (value.isContainerNode() && value.isEmpty());
  }

  private static void flatten(String prefix, JsonNode value, Map<String, String> out) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return;
    }
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        flatten(prefix + "." + (i + 1), value.get(i), out);
      }
    } else if (value.isObject()) {
      value.fields().forEachRemaining(field -> flatten(prefix + "." + field.getKey(), field.getValue(), out));
    } else {
      String text = value.asText();
      if (text.isBlank() && isId(prefix)) {
        throw new IllegalArgumentException(prefix + " must not be blank");
      }
      out.put(prefix, text);
    }
  }

  /**
   * Whether a flattened name ({@code InstanceId}, {@code AndroidInstanceIds.3}, {@code Tag.1.Key}) holds an id: its
   * last non-numeric part ends in {@code Id} or {@code Ids}. A blank id is refused here, once for every operation,
   * as Huawei refuses blank path ids: eds-aic would answer it with an opaque error, or ignore the filter.
   */
  static boolean isId(String flattenedName) {
    String[] parts = flattenedName.split("\\.");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].chars().allMatch(Character::isDigit)) {
        return parts[i].endsWith("Id") || parts[i].endsWith("Ids");
      }
    }
    return false;
  }
}
