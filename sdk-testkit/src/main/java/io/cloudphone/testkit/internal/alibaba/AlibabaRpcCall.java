package io.cloudphone.testkit.internal.alibaba;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * One eds-aic RPC call as the fake received it: the query and form parameters decoded, the headers and the raw
 * body, with typed readers that answer bad input the way the POP gateway does ({@code MissingParameter},
 * {@code InvalidParameter}).
 */
final class AlibabaRpcCall {
  private static final Pattern LIST_ITEM = Pattern.compile("\\.([1-9][0-9]*)$");

  final String method;
  final String encodedPath;
  final TreeMap<String, String> query;
  final TreeMap<String, String> form;
  final TreeMap<String, String> params;
  final Headers headers;
  final byte[] body;

  private AlibabaRpcCall(String method, String encodedPath, TreeMap<String, String> query,
      TreeMap<String, String> form, Headers headers, byte[] body) {
    this.method = method;
    this.encodedPath = encodedPath;
    this.query = query;
    this.form = form;
    this.headers = headers;
    this.body = body;
    this.params = new TreeMap<>(query);
    this.params.putAll(form);
  }

  /** Reads what MockWebServer recorded; a form body is decoded only when it is declared as one. */
  static AlibabaRpcCall of(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    TreeMap<String, String> query = new TreeMap<>();
    for (String name : url.queryParameterNames()) {
      String value = url.queryParameter(name);
      query.put(name, value == null ? "" : value);
    }
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    String type = request.getHeaders().get("Content-Type");
    TreeMap<String, String> form = type != null && type.startsWith("application/x-www-form-urlencoded")
        ? decodeForm(new String(body, StandardCharsets.UTF_8)) : new TreeMap<>();
    return new AlibabaRpcCall(request.getMethod(), url.encodedPath(), query, form, request.getHeaders(), body);
  }

  private static TreeMap<String, String> decodeForm(String text) {
    TreeMap<String, String> out = new TreeMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Whether the caller signed with ACS3 (an Authorization header) rather than V1 (a Signature parameter). */
  boolean isAcs3() {
    return headers.get("Authorization") != null;
  }

  /** The action: the {@code Action} parameter (V1) or the {@code x-acs-action} header (ACS3). */
  Optional<String> action() {
    return Optional.ofNullable(isAcs3() ? headers.get("x-acs-action") : params.get("Action"));
  }

  /** The API version the call asks for. */
  Optional<String> version() {
    return Optional.ofNullable(isAcs3() ? headers.get("x-acs-version") : params.get("Version"));
  }

  /** The signature nonce, from the query (V1) or the header (ACS3). */
  Optional<String> nonce() {
    return Optional.ofNullable(isAcs3() ? headers.get("x-acs-signature-nonce") : params.get("SignatureNonce"));
  }

  /** An optional parameter, empty when absent or blank. */
  Optional<String> string(String name) {
    return Optional.ofNullable(params.get(name)).filter(value -> !value.isBlank());
  }

  /** A required parameter. */
  String required(String name) {
    return string(name).orElseThrow(() -> AlibabaFault.missing(name));
  }

  /** An optional integer within {@code [min, max]}, {@code fallback} when absent. */
  int integer(String name, int min, int max, int fallback) {
    Optional<String> text = string(name);
    if (text.isEmpty()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.get().trim());
    } catch (NumberFormatException e) {
      throw AlibabaFault.invalid(name, "must be an integer but was " + text.get());
    }
    if (value < min || value > max) {
      throw AlibabaFault.invalid(name, "must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /** An optional boolean ({@code true} / {@code false}). */
  boolean bool(String name) {
    Optional<String> text = string(name);
    if (text.isPresent() && !text.get().equals("true") && !text.get().equals("false")) {
      throw AlibabaFault.invalid(name, "must be true or false but was " + text.get());
    }
    return text.map(Boolean::parseBoolean).orElse(false);
  }

  /** A flattened list ({@code Name.1}, {@code Name.2}, ...) in index order, at most {@code max} entries. */
  List<String> list(String name, int max) {
    TreeMap<Integer, String> items = new TreeMap<>();
    String prefix = name + ".";
    for (Map.Entry<String, String> e : params.subMap(prefix, prefix + Character.MAX_VALUE).entrySet()) {
      Matcher index = LIST_ITEM.matcher(e.getKey().substring(name.length()));
      if (index.matches() && !e.getValue().isBlank()) {
        items.put(Integer.parseInt(index.group(1)), e.getValue());
      }
    }
    List<String> out = new ArrayList<>(new LinkedHashSet<>(items.values()));
    if (out.size() > max) {
      throw AlibabaFault.invalid(name, "takes at most " + max + " items but got " + out.size());
    }
    return Collections.unmodifiableList(out);
  }

  /** A required flattened list of 1 to {@code max} entries. */
  List<String> requiredList(String name, int max) {
    List<String> out = list(name, max);
    if (out.isEmpty()) {
      throw AlibabaFault.missing(name + ".1");
    }
    return out;
  }
}
