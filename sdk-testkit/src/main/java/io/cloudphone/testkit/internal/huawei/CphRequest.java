package io.cloudphone.testkit.internal.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * One parsed CPH request: the operation it names, its path placeholders, query and JSON body. The one request
 * reader of the fake: handlers read fields through it and get CPS's own errors for missing or malformed ones.
 */
final class CphRequest {
  final String operation;
  final HttpUrl url;
  final Instant now;
  final String requestId;
  private final Map<String, String> pathParams;
  private final byte[] body;
  private JsonNode json;

  CphRequest(String operation, Map<String, String> pathParams, HttpUrl url, byte[] body, Instant now,
      String requestId) {
    this.operation = operation;
    this.pathParams = Map.copyOf(pathParams);
    this.url = url;
    this.body = body;
    this.now = now;
    this.requestId = requestId;
  }

  /** A path placeholder's value, such as {@code phone_id}; empty when the route has no such placeholder. */
  String path(String name) {
    return pathParams.getOrDefault(name, "");
  }

  /** The JSON body; an empty body reads as a missing node. */
  JsonNode body() {
    if (json == null) {
      json = parse(body);
    }
    return json;
  }

  /** Parses a JSON body as CPS does, answering {@code APIGW.0201} for one that is not JSON. */
  static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      return CphJson.JSON.readTree(body);
    } catch (IOException e) {
      throw CphError.badRequest("APIGW.0201", "Request body is not valid JSON.");
    }
  }

  /** A query parameter, absent when missing or empty. */
  Optional<String> query(String name) {
    return Optional.ofNullable(url.queryParameter(name)).filter(value -> !value.isEmpty());
  }

  /** An integer query parameter within {@code [min, max]}, or {@code fallback} when absent. */
  int intQuery(String name, int fallback, int min, int max, CphError invalid) {
    Optional<String> text = query(name);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.get());
      if (value < min || value > max) {
        throw invalid;
      }
      return value;
    } catch (NumberFormatException e) {
      throw invalid;
    }
  }

  /** A body field holding an array of strings; empty when missing. */
  List<String> strings(String field) {
    return strings(body(), field);
  }

  /** A field of {@code node} holding an array of strings; empty when missing. */
  static List<String> strings(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    node.path(field).forEach(item -> values.add(item.asText()));
    return values;
  }

  /**
   * A body field holding an array of strings, 1 to {@code max} of them, or {@code invalid} (also when empty, as
   * CPS answers for a missing list).
   */
  List<String> ids(String field, int max, CphError invalid) {
    List<String> values = strings(field);
    if (values.isEmpty() || values.size() > max || values.stream().anyMatch(String::isBlank)) {
      throw invalid;
    }
    return values;
  }

  /** A body field holding an array of objects; empty when missing. */
  List<JsonNode> objects(String field) {
    List<JsonNode> values = new ArrayList<>();
    body().path(field).forEach(values::add);
    return values;
  }

  /** A body field holding text; empty when missing. */
  String text(String field) {
    return text(body(), field);
  }

  /** A field of {@code node} holding text; empty when missing. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : "";
  }

  /** A body field holding non-blank text, or {@code missing}. */
  String required(String field, CphError missing) {
    String value = text(field);
    if (value.isBlank()) {
      throw missing;
    }
    return value;
  }

  /** A body field holding an integer within {@code [min, max]}, or {@code invalid} (also when missing). */
  int requiredInt(JsonNode node, String field, int min, int max, CphError invalid) {
    JsonNode value = node.path(field);
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
      throw invalid;
    }
    return value.asInt();
  }
}
