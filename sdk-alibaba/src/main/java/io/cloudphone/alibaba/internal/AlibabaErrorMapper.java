package io.cloudphone.alibaba.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.core.AuthenticationException;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.ConflictException;
import io.cloudphone.core.InvalidRequestException;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.PermissionDeniedException;
import io.cloudphone.core.Provider;
import io.cloudphone.core.ServiceError;
import io.cloudphone.core.ServiceUnavailableException;
import io.cloudphone.core.ThrottlingException;
import io.cloudphone.core.internal.ErrorMapper;
import io.cloudphone.core.internal.RetryAfter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Maps Alibaba's error answers ({@code {RequestId, HostId, Code, Message, Recommend}}) to typed exceptions.
 *
 * <p>The POP gateway answers most errors with HTTP 400 whatever their kind, so the code decides first and the
 * status only when the code says nothing. Codes are families ({@code Throttling.User}, {@code
 * InvalidAccessKeyId.Inactive}, {@code InvalidInstanceId.NotFound}), so rules match prefixes and suffixes.
 */
public final class AlibabaErrorMapper implements ErrorMapper {
  static final String CLOCK_HINT = "This machine's clock is probably off (clock skew): Alibaba rejects requests"
      + " whose Timestamp is more than 15 minutes from UTC; synchronise the clock (NTP) and retry";
  static final String NONCE_HINT = "The SignatureNonce was already used: Alibaba took this for a replayed request;"
      + " every request, retries included, needs a fresh nonce";
  static final String SIGNATURE_HINT = "Check the access key secret; a proxy that rewrites the query or body also"
      + " breaks the signature";
  static final String TOKEN_HINT = "The STS security token is invalid or expired; refresh the temporary credentials";
  static final String ACTION_HINT = "The endpoint does not serve this action and version; check regionId or"
      + " endpointOverride";

  // "k=v&" in a query, "k%3Dv%26" in a canonical query quoted once more, "k%253Dv%2526" twice, or JSON.
  private static final String[] EQUALS = {"=", "%3D", "%253D", "\":\"", "\": \""};
  private static final String[] SEPARATORS = {"&", "%26", "%2526", "\"", "\""};

  private final ObjectMapper json;

  /** A mapper reading bodies with {@code json}. */
  public AlibabaErrorMapper(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public CloudPhoneServiceException map(int status, Headers headers, byte[] body) {
    Body parsed = parse(body);
    Optional<String> requestId = parsed.requestId.isEmpty()
        ? Optional.ofNullable(headers.get("x-acs-request-id")) // no standard header; the body usually has it
        : Optional.of(parsed.requestId);
    ServiceError error = new ServiceError(Provider.ALIBABA, status, parsed.code, redact(parsed.message), requestId);
    String code = parsed.code;
    String extra = extraHint(parsed);

    if (status == 429 || code.startsWith("Throttling")) {
      // The official SDK never retries throttling; we do, so it is retryable here.
      return new ThrottlingException(error, RetryAfter.parse(headers.get("Retry-After")).orElse(null), extra);
    }
    if ("IllegalTimestamp".equals(code) || "InvalidTimeStamp.Expired".equals(code)) {
      return new AuthenticationException(error, hint(CLOCK_HINT, extra));
    }
    if ("SignatureNonceUsed".equals(code)) {
      return new AuthenticationException(error, hint(NONCE_HINT, extra));
    }
    if ("SignatureDoesNotMatch".equals(code) || "IncompleteSignature".equals(code)) {
      return new AuthenticationException(error, hint(SIGNATURE_HINT, extra));
    }
    if (code.startsWith("InvalidSecurityToken")) {
      return new AuthenticationException(error, hint(TOKEN_HINT, extra));
    }
    if (code.startsWith("InvalidAccessKeyId")) {
      return new AuthenticationException(error, extra);
    }
    if (code.startsWith("Forbidden") || code.startsWith("NoPermission")) {
      return new PermissionDeniedException(error, extra);
    }
    if ("InvalidAction.NotFound".equals(code) || code.startsWith("InvalidVersion")) {
      // A 404 about the API itself, not about a resource: the caller's endpoint or version is wrong.
      return new InvalidRequestException(error, hint(ACTION_HINT, extra));
    }
    if (code.endsWith("NotFound") || code.startsWith("NotFound") || code.endsWith(".NotExist")) {
      return new NotFoundException(error, extra);
    }
    if (isConflict(code)) {
      return new ConflictException(error, extra);
    }
    if (code.startsWith("ServiceUnavailable") || "InternalError".equals(code) || "UnknownError".equals(code)) {
      return new ServiceUnavailableException(error, extra);
    }
    if (code.startsWith("MissingParameter") || code.startsWith("InvalidParameter")) {
      return new InvalidRequestException(error, extra);
    }
    return byStatus(status, error, extra);
  }

  /** Quota and state conflicts: the call is well-formed but the account or resource cannot take it now. */
  private static boolean isConflict(String code) {
    return code.contains("QuotaExceed") || code.contains("IncorrectStatus") || code.endsWith(".InvalidStatus")
        || code.startsWith("InvalidStatus") || code.startsWith("IncorrectInstanceStatus")
        || code.startsWith("OperationConflict") || code.endsWith("AlreadyExist") || code.endsWith("AlreadyExists");
  }

  private static CloudPhoneServiceException byStatus(int status, ServiceError error, String extra) {
    if (status == 401) {
      return new AuthenticationException(error, extra);
    }
    if (status == 403) {
      return new PermissionDeniedException(error, extra);
    }
    if (status == 404) {
      return new NotFoundException(error, extra);
    }
    if (status == 409) {
      return new ConflictException(error, extra);
    }
    if (status >= 500) {
      return new ServiceUnavailableException(error, extra);
    }
    if (status == 400) {
      return new InvalidRequestException(error, extra);
    }
    return new CloudPhoneServiceException(error, false, extra);
  }

  /** Recommend is a diagnosis URL and HostId the endpoint that answered; support asks for both with RequestId. */
  private static String extraHint(Body parsed) {
    StringBuilder text = new StringBuilder();
    if (!parsed.recommend.isEmpty()) {
      text.append("Diagnosis: ").append(parsed.recommend);
    }
    if (!parsed.hostId.isEmpty()) {
      text.append(text.length() > 0 ? " " : "").append("(host ").append(parsed.hostId).append(')');
    }
    return text.length() == 0 ? null : text.toString();
  }

  private static String hint(String main, String extra) {
    return extra == null ? main : main + ". " + extra;
  }

  /**
   * SignatureDoesNotMatch messages quote the server's string to sign, which holds an STS SecurityToken when one
   * was sent; the token is a credential, so its value is cut out wherever it appears.
   */
  static String redact(String message) {
    int at = message.indexOf("SecurityToken");
    if (at < 0) {
      return message;
    }
    StringBuilder out = new StringBuilder(message.length());
    int from = 0;
    while (at >= 0) {
      int nameEnd = at + "SecurityToken".length();
      int form = equalsForm(message, nameEnd);
      if (form < 0) {
        out.append(message, from, nameEnd);
        from = nameEnd;
      } else {
        int valueStart = nameEnd + EQUALS[form].length();
        out.append(message, from, valueStart).append("***");
        from = valueEnd(message, valueStart, SEPARATORS[form]);
      }
      at = message.indexOf("SecurityToken", from);
    }
    return out.append(message, from, message.length()).toString();
  }

  private static int equalsForm(String text, int at) {
    for (int i = 0; i < EQUALS.length; i++) {
      if (text.startsWith(EQUALS[i], at)) {
        return i;
      }
    }
    return -1;
  }

  private static int valueEnd(String text, int from, String separator) {
    int i = from;
    while (i < text.length() && !text.startsWith(separator, i) && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private Body parse(byte[] body) {
    Body result = new Body();
    if (body == null || body.length == 0) {
      return result;
    }
    int first = 0;
    while (first < body.length && Character.isWhitespace(body[first])) {
      first++;
    }
    if (first < body.length && body[first] == '<') {
      return parseXml(new String(body, StandardCharsets.UTF_8), result);
    }
    try {
      JsonNode root = json.readTree(body);
      if (root != null && root.isObject()) {
        result.requestId = text(root, "RequestId", "requestId");
        result.hostId = text(root, "HostId", "hostId");
        result.code = text(root, "Code", "code");
        result.message = text(root, "Message", "message");
        result.recommend = text(root, "Recommend", "recommend");
      }
    } catch (IOException e) {
      result.message = "unreadable error body";
    }
    return result;
  }

  /** Format=XML (or a gateway's own page) answers {@code <Error><Code>…</Code>…</Error>}; read it by tag. */
  private static Body parseXml(String xml, Body result) {
    result.requestId = tag(xml, "RequestId");
    result.hostId = tag(xml, "HostId");
    result.code = tag(xml, "Code");
    result.message = tag(xml, "Message");
    result.recommend = tag(xml, "Recommend");
    return result;
  }

  private static String tag(String xml, String name) {
    int start = xml.indexOf("<" + name + ">");
    int end = start < 0 ? -1 : xml.indexOf("</" + name + ">", start);
    if (end < 0) {
      return "";
    }
    String value = xml.substring(start + name.length() + 2, end).trim();
    if (value.startsWith("<![CDATA[") && value.endsWith("]]>")) {
      value = value.substring(9, value.length() - 3);
    }
    return value;
  }

  private static String text(JsonNode node, String name, String alternative) {
    JsonNode value = node.path(name);
    if (value.isMissingNode() || value.isNull()) {
      value = node.path(alternative);
    }
    return value.isValueNode() && !value.isNull() ? value.asText() : "";
  }

  private static final class Body {
    String requestId = "";
    String hostId = "";
    String code = "";
    String message = "";
    String recommend = "";
  }
}
