package io.cloudphone.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * What the fakes' request log keeps of a request, with every signature, token and password replaced by
 * {@value #REDACTED}, wherever it travelled: query (RPC V1 {@code Signature}, {@code SecurityToken}), headers
 * ({@code Authorization}, token headers) or body (form parameters, an IAM password in JSON). Access key ids stay:
 * they are not secret, and tests use them to tell callers apart.
 */
public final class LogRedaction {
  /** What a secret value is replaced with. */
  public static final String REDACTED = "***";

  private static final Set<String> SECRET_PARAMETERS = Set.of("signature", "securitytoken", "password",
      "accesskeysecret", "secretaccesskey", "secret_access_key", "security_token", "securitytokenvalue");
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization",
      "x-security-token", "x-acs-security-token", "x-auth-token", "x-subject-token", "cookie", "set-cookie");
  private static final ObjectMapper JSON = new ObjectMapper();

  private LogRedaction() {}

  /** The query parameters, decoded, in order, secrets redacted; a repeated name keeps its last value. */
  public static Map<String, String> query(HttpUrl url) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      out.put(name, redactIfSecret(name, value == null ? "" : value));
    }
    return out;
  }

  /** The headers, names lower-cased and sorted, secrets redacted. */
  public static Map<String, String> headers(Headers headers) {
    Map<String, String> out = new TreeMap<>();
    for (String name : headers.names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      out.put(lower, SECRET_HEADERS.contains(lower) ? REDACTED : String.join(", ", headers.values(name)));
    }
    return out;
  }

  /** The body as text with secret form parameters and JSON fields redacted; unreadable bodies by size only. */
  public static String body(String contentType, byte[] body) {
    if (body == null || body.length == 0) {
      return "";
    }
    String text = new String(body, StandardCharsets.UTF_8);
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return form(text);
    }
    try {
      JsonNode tree = JSON.readTree(body);
      if (tree != null && tree.isContainerNode()) {
        redactJson(tree);
        return tree.toString();
      }
    } catch (IOException notJson) {
      // fall through: a body the log cannot read for secrets is not kept
    }
    return "(" + body.length + " bytes)";
  }

  private static String form(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(eq < 0 || !isSecret(name) ? pair : pair.substring(0, eq + 1) + REDACTED);
    }
    return out.toString();
  }

  private static void redactJson(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (isSecret(field.getKey()) && field.getValue().isValueNode()) {
          field.setValue(object.textNode(REDACTED));
        } else {
          redactJson(field.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(LogRedaction::redactJson);
    }
  }

  private static String redactIfSecret(String name, String value) {
    return isSecret(name) ? REDACTED : value;
  }

  private static boolean isSecret(String name) {
    return SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
  }
}
