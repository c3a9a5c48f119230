package io.cloudphone.alibaba;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.RecordedRequest;

/** An RPC request as it went over the wire: query parameters and form parameters, decoded. */
public final class SentRpcRequest {
  private final RecordedRequest recorded;
  private final Map<String, String> query;
  private final Map<String, String> form;

  SentRpcRequest(RecordedRequest recorded) {
    this.recorded = recorded;
    this.query = decode(recorded.getUrl().encodedQuery());
    String body = recorded.getBody() == null ? "" : recorded.getBody().string(StandardCharsets.UTF_8);
    this.form = decode(body);
  }

  /** The HTTP method. */
  public String method() {
    return recorded.getMethod();
  }

  /** The path (always {@code /} for RPC). */
  public String path() {
    return recorded.getUrl().encodedPath();
  }

  /** The {@code Action} parameter. */
  public String action() {
    return param("Action");
  }

  /** A parameter from the query or the form body, or null. */
  public String param(String name) {
    return query.containsKey(name) ? query.get(name) : form.get(name);
  }

  /** The decoded query parameters, sorted. */
  public Map<String, String> query() {
    return Collections.unmodifiableMap(query);
  }

  /** The decoded form parameters, sorted. */
  public Map<String, String> form() {
    return Collections.unmodifiableMap(form);
  }

  /** Query and form parameters together. */
  public Map<String, String> params() {
    Map<String, String> all = new TreeMap<>(query);
    all.putAll(form);
    return all;
  }

  /** A request header, or null. */
  public String header(String name) {
    return recorded.getHeaders().get(name);
  }

  /** The underlying recorded request. */
  public RecordedRequest recorded() {
    return recorded;
  }

  static Map<String, String> decode(String encoded) {
    Map<String, String> out = new TreeMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(unescape(key), unescape(value));
    }
    return out;
  }

  private static String unescape(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "SentRpcRequest[" + action() + " " + params().keySet() + "]";
  }
}
