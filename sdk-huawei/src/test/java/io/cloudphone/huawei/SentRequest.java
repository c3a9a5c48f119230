package io.cloudphone.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import mockwebserver3.RecordedRequest;

/** What went over the wire, in the terms wire tests assert on. */
public final class SentRequest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final RecordedRequest recorded;

  SentRequest(RecordedRequest recorded) {
    this.recorded = recorded;
  }

  /** The HTTP method. */
  public String method() {
    return recorded.getMethod();
  }

  /** The decoded path, without query. */
  public String path() {
    return "/" + String.join("/", recorded.getUrl().pathSegments());
  }

  /** The path exactly as sent (percent-encoded). */
  public String encodedPath() {
    return recorded.getUrl().encodedPath();
  }

  /** The first decoded value of query parameter {@code name}, or null. */
  public String query(String name) {
    return recorded.getUrl().queryParameter(name);
  }

  /** Every decoded value of query parameter {@code name}. */
  public List<String> queryValues(String name) {
    return recorded.getUrl().queryParameterValues(name);
  }

  /** The names of all query parameters. */
  public Set<String> queryNames() {
    return recorded.getUrl().queryParameterNames();
  }

  /** The raw query string, or null. */
  public String encodedQuery() {
    return recorded.getUrl().encodedQuery();
  }

  /** A request header, or null. */
  public String header(String name) {
    return recorded.getHeaders().get(name);
  }

  /** The body as text (empty when none). */
  public String bodyText() {
    return recorded.getBody() == null ? "" : recorded.getBody().string(StandardCharsets.UTF_8);
  }

  /** The body parsed as JSON, or null when there was no body. */
  public JsonNode json() {
    String text = bodyText();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The underlying recorded request. */
  public RecordedRequest recorded() {
    return recorded;
  }

  @Override
  public String toString() {
    return recorded.getRequestLine();
  }
}
