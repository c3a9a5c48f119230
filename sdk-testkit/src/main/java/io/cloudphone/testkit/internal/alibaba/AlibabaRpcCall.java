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

  /**
   * A list however the SDK sent it: flattened ({@code Name.1}), a JSON array string or comma-separated text, at
   * most {@code max} entries.
   */
  List<String> ids(String name, int max) {
    Optional<String> whole = string(name);
    if (whole.isEmpty()) {
      return list(name, max);
    }
    List<String> out = new ArrayList<>();
    String text = whole.get().trim();
    if (text.startsWith("[")) {
      try {
        AlibabaJsonOut.JSON.readTree(text).forEach(item -> out.add(item.asText()));
      } catch (java.io.IOException e) {
        throw AlibabaFault.invalid(name, "not a JSON array");
      }
    } else {
      for (String item : text.split(",")) {
        if (!item.isBlank()) {
          out.add(item.trim());
        }
      }
    }
    if (out.size() > max) {
      throw AlibabaFault.invalid(name, "takes at most " + max + " items but got " + out.size());
    }
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /** Like {@link #ids} but at least one entry. */
  List<String> requiredIds(String name, int max) {
    List<String> out = ids(name, max);
    if (out.isEmpty()) {
      throw AlibabaFault.missing(name + ".1");
    }
    return out;
  }

  /** Flattened objects ({@code Tag.1.Key}, {@code Tag.1.Value}, ...) in index order, each as field to value. */
  List<Map<String, String>> objects(String name) {
    TreeMap<Integer, Map<String, String>> items = new TreeMap<>();
    String prefix = name + ".";
    for (Map.Entry<String, String> e : params.subMap(prefix, prefix + Character.MAX_VALUE).entrySet()) {
      String rest = e.getKey().substring(prefix.length());
      int dot = rest.indexOf('.');
      if (dot > 0 && rest.substring(0, dot).matches("[1-9][0-9]*")) {
        items.computeIfAbsent(Integer.parseInt(rest.substring(0, dot)), i -> new TreeMap<>())
            .put(rest.substring(dot + 1), e.getValue());
      }
    }
    return List.copyOf(items.values());
  }

  /** An object parameter, sent as a JSON string or flattened ({@code Name.Field}); empty when absent. */
  Optional<com.fasterxml.jackson.databind.node.ObjectNode> object(String name) {
    Optional<String> whole = string(name);
    if (whole.isPresent()) {
      try {
        com.fasterxml.jackson.databind.JsonNode node = AlibabaJsonOut.JSON.readTree(whole.get());
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
          return Optional.of(object);
        }
      } catch (java.io.IOException e) {
        // answered below
      }
      throw AlibabaFault.invalid(name, "not a JSON object");
    }
    com.fasterxml.jackson.databind.node.ObjectNode out = AlibabaJsonOut.JSON.createObjectNode();
    String prefix = name + ".";
    params.subMap(prefix, prefix + Character.MAX_VALUE).forEach((key, value) ->
        out.put(key.substring(prefix.length()), value));
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  /** An optional long within {@code [min, max]}, {@code fallback} when absent. */
  long longInteger(String name, long min, long max, long fallback) {
    Optional<String> text = string(name);
    if (text.isEmpty()) {
      return fallback;
    }
    long value;
    try {
      value = Long.parseLong(text.get().trim());
    } catch (NumberFormatException e) {
      throw AlibabaFault.invalid(name, "must be an integer but was " + text.get());
    }
    if (value < min || value > max) {
      throw AlibabaFault.invalid(name, "must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /** An optional value from a documented enumeration, {@code fallback} when absent. */
  String oneOf(String name, java.util.Set<String> allowed, String fallback) {
    Optional<String> text = string(name);
    if (text.isPresent() && !allowed.contains(text.get())) {
      throw AlibabaFault.invalid(name, "must be one of " + new java.util.TreeSet<>(allowed) + " but was "
          + text.get());
    }
    return text.orElse(fallback);
  }

  /** A required text of at most {@code maxLength} characters. */
  String required(String name, int maxLength) {
    String value = required(name);
    if (value.length() > maxLength) {
      throw AlibabaFault.invalid(name, "takes at most " + maxLength + " characters");
    }
    return value;
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
