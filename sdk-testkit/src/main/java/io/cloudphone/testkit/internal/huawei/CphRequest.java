package io.cloudphone.testkit.internal.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/** One parsed CPH request: the operation it names, its id path segment, query and JSON body. */
final class CphRequest {
  final String operation;
  final String pathId;
  final HttpUrl url;
  final Instant now;
  final String requestId;
  private final byte[] body;
  private JsonNode json;

  CphRequest(String operation, String pathId, HttpUrl url, byte[] body, Instant now, String requestId) {
    this.operation = operation;
    this.pathId = pathId;
    this.url = url;
    this.body = body;
    this.now = now;
    this.requestId = requestId;
  }

  /** The JSON body; an empty body reads as a missing node. */
  JsonNode body() {
    if (json == null) {
      if (body.length == 0) {
        json = MissingNode.getInstance();
      } else {
        try {
          json = CphJson.JSON.readTree(body);
        } catch (IOException e) {
          throw CphError.badRequest("APIGW.0201", "Request body is not valid JSON.");
        }
      }
    }
    return json;
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
    List<String> values = new ArrayList<>();
    body().path(field).forEach(item -> values.add(item.asText()));
    return values;
  }

  /** A body field holding text; empty when missing. */
  String text(String field) {
    JsonNode value = body().path(field);
    return value.isValueNode() ? value.asText() : "";
  }
}
