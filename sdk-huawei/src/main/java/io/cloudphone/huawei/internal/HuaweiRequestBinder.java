package io.cloudphone.huawei.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.core.internal.Crypto;
import io.cloudphone.core.internal.Encoding;
import io.cloudphone.core.internal.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays a typed request out as its {@link Operation} declares: path placeholders, query parameters, and the
 * remaining fields (plus fixed discriminators) as the JSON body.
 *
 * <p>Nothing is sent that the caller did not set: an absent value, an empty list or map, and an object left
 * with no fields after that are all left out, at every depth, as Huawei's own SDK leaves out what is unset. The
 * immutable models cannot tell an explicitly empty list from an unset one, so an empty list never goes out; an
 * empty string does (it is a value). Items of a list are kept as given.
 */
public final class HuaweiRequestBinder {
  private final ObjectMapper json;

  /** A binder writing with {@code json} (snake_case). */
  public HuaweiRequestBinder(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Binds {@code request} for {@code operation} in {@code projectId}.
   *
   * @throws IllegalArgumentException when a path parameter is missing or blank
   */
  public BoundRequest bind(Operation<?, ?> operation, Object request, String projectId) {
    ObjectNode fields = json.valueToTree(request);
    pruneUnset(fields);
    String path = expandPath(operation, fields, projectId);
    String query = query(operation, fields);
    operation.fixedParams().forEach((name, value) -> fields.set(name, json.valueToTree(value)));
    byte[] body = null;
    if (operation.method().mayHaveBody()) {
      if (!fields.isEmpty() || operation.method() != io.cloudphone.core.internal.HttpMethod.DELETE) {
        body = write(fields);
      }
    } else if (!fields.isEmpty()) {
      throw new IllegalStateException(operation + " declares no place for fields " + fieldNames(fields));
    }
    return new BoundRequest(operation.method(), path, query, body,
        body == null ? Crypto.sha256Hex(null) : Crypto.sha256Hex(body));
  }

  /** Removes nulls, empty arrays and objects that are (or become) empty, recursively; true when node is empty. */
  static boolean pruneUnset(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      ObjectNode object = (ObjectNode) node;
      for (String name : names) {
        JsonNode child = object.get(name);
        if (child.isNull() || pruneUnset(child)) {
          object.remove(name);
        }
      }
      return object.isEmpty();
    }
    if (node.isArray()) {
      node.forEach(HuaweiRequestBinder::pruneUnset);
      return node.isEmpty();
    }
    return false;
  }

  private static String expandPath(Operation<?, ?> operation, ObjectNode fields, String projectId) {
    StringBuilder path = new StringBuilder(96);
    for (String segment : operation.pathTemplate().split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      path.append('/');
      if (segment.startsWith("{") && segment.endsWith("}")) {
        String name = segment.substring(1, segment.length() - 1);
        String value = "project_id".equals(name) ? projectId : pathValue(fields.remove(name));
        if (value == null || value.isBlank()) {
          throw new IllegalArgumentException(name + " is required by " + operation.name()
              + " and must not be blank");
        }
        Encoding.appendPercentEncoded(path, value);
      } else {
        path.append(segment);
      }
    }
    return path.toString();
  }

  private static String pathValue(JsonNode node) {
    return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
  }

  private static String query(Operation<?, ?> operation, ObjectNode fields) {
    if (operation.queryParams().isEmpty()) {
      return "";
    }
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    for (String name : operation.queryParams()) {
      JsonNode value = fields.remove(name);
      if (value == null || value.isNull()) {
        continue;
      }
      if (value.isArray()) {
        // Huawei takes a list in the query as the key repeated once per value.
        value.forEach(item -> pairs.add(Map.entry(name, item.asText())));
      } else if (value.isValueNode()) {
        pairs.add(Map.entry(name, value.asText()));
      } else {
        throw new IllegalStateException(operation + " cannot send object field " + name + " in the query");
      }
    }
    return HuaweiCanonical.canonicalQuery(pairs);
  }

  private byte[] write(ObjectNode fields) {
    try {
      return json.writeValueAsBytes(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write request body", e);
    }
  }

  private static List<String> fieldNames(ObjectNode fields) {
    List<String> names = new ArrayList<>();
    fields.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
