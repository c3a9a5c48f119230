package io.cloudphone.huawei.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.core.internal.Crypto;
import io.cloudphone.core.internal.Encoding;
import io.cloudphone.core.internal.Operation;
import io.cloudphone.core.internal.Validate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays a typed request out as its {@link Operation} declares: path placeholders, query parameters, and the
 * remaining fields (plus fixed discriminators) as the JSON body; nothing is sent that the caller did not set
 * ({@link UnsetFieldPruner}).
 */
public final class HuaweiRequestBinder {
  private final ObjectMapper json;
  private final UnsetFieldPruner pruner;

  /** A binder writing with {@code json} (snake_case). */
  public HuaweiRequestBinder(ObjectMapper json) {
    this.json = json;
    this.pruner = new UnsetFieldPruner(json);
  }

  /**
   * Binds {@code request} for {@code operation} in {@code projectId}.
   *
   * @throws IllegalArgumentException when a path parameter is missing or blank
   */
  public BoundRequest bind(Operation<?, ?> operation, Object request, String projectId) {
    ObjectNode fields = json.valueToTree(request);
    pruner.prune(fields, request.getClass());
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
        if (value.length() > Validate.MAX_ID_LENGTH) {
          throw new IllegalArgumentException(name + " of " + operation.name() + " must be at most "
              + Validate.MAX_ID_LENGTH + " characters long (no CPH id is longer) but was " + value.length());
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
