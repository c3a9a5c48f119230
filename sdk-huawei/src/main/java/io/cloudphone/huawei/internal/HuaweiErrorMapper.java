package io.cloudphone.huawei.internal;

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
import java.util.Optional;
import java.util.Set;
import okhttp3.Headers;

/**
 * Maps Huawei's error answers to typed exceptions. CPS answers nearly every error with HTTP 400, so the error
 * code decides: the sets below come from the CPS error code table (API reference §6.2). Bodies come as
 * {@code {error_code, error_msg, request_id}} (CPS, API Gateway), optionally with {@code failures}, or as
 * {@code {error: {code, message}}} (IAM).
 */
public final class HuaweiErrorMapper implements ErrorMapper {
  static final Set<String> NOT_FOUND = Set.of("CPS.0005", "CPS.0011", "CPS.0015", "CPS.0017", "CPS.0018",
      "CPS.0019", "CPS.0044", "CPS.0050", "CPS.0067", "CPS.0100", "CPS.0101", "CPS.0104", "CPS.0113",
      "CPS.0115", "CPS.0123", "CPS.0136", "CPS.0156", "CPS.0159", "CPS.0166", "CPS.0201", "CPS.0236",
      "CPS.0243", "CPS.0246", "CPS.0302");
  static final Set<String> PERMISSION = Set.of("CPS.0001", "CPS.0006", "CPS.0007", "CPS.0008", "CPS.0053",
      "CPS.0195", "CPS.0212");
  static final Set<String> THROTTLING = Set.of("CPS.0042", "APIGW.0308");
  /** Transient failures; CPS.0062 ("Create order failed") says to try again later. */
  static final Set<String> RETRYABLE = Set.of("CPS.0003", "CPS.0054", "CPS.0061", "CPS.0062");
  static final Set<String> CONFLICT = Set.of("CPS.0023", "CPS.0026", "CPS.0039", "CPS.0041", "CPS.0051",
      "CPS.0065", "CPS.0066", "CPS.0096", "CPS.0099", "CPS.0124", "CPS.0141", "CPS.0158", "CPS.0165",
      "CPS.0190", "CPS.0196", "CPS.0208", "CPS.0213", "CPS.0216", "CPS.0237", "CPS.0241", "CPS.0242",
      "CPS.0267", "CPS.0307", "CPS.0309", "CPS.0310",
      // Well-formed requests that clash with existing state: an agent in use, overlapping subnets or br_cidr,
      // a peering connection not yet active, a subnet being deleted, an image that is not active.
      "CPS.0192", "CPS.0194", "CPS.0202", "CPS.0204", "CPS.0206", "CPS.0217", "CPS.0220");
  /**
   * Quota errors, mapped to {@link ConflictException} (which covers exceeded quotas, as Alibaba's QuotaExceed
   * codes are): CPS.0230 is a daily upper limit that resets the next day, so it is not retryable now.
   */
  static final Set<String> QUOTA = Set.of("CPS.0230");
  static final Set<String> AUTHENTICATION = Set.of("APIGW.0301", "APIGW.0101", "APIGW.0303", "APIGW.0305");

  private static final String CLOCK_HINT = "Check the access key and secret key, and that this machine's"
      + " clock is within 15 minutes of UTC: Huawei rejects signatures dated further away";

  private static final String DAILY_LIMIT_HINT = "A daily upper limit was reached; Huawei accepts more tomorrow";

  private final ObjectMapper json;

  /** A mapper reading bodies with {@code json}. */
  public HuaweiErrorMapper(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public CloudPhoneServiceException map(int status, Headers headers, byte[] body) {
    Body parsed = parse(body);
    Optional<String> requestId = parsed.requestId.or(() -> Optional.ofNullable(headers.get("X-Request-Id")));
    ServiceError error = new ServiceError(Provider.HUAWEI, status, parsed.code, parsed.message, requestId);
    String code = parsed.code;
    if (status == 429 || THROTTLING.contains(code)) {
      return new ThrottlingException(error, RetryAfter.parse(headers.get("Retry-After")).orElse(null), null);
    }
    if (status == 401 || AUTHENTICATION.contains(code)) {
      return new AuthenticationException(error, "APIGW.0301".equals(code) || status == 401 ? CLOCK_HINT : null);
    }
    if (status == 403 || PERMISSION.contains(code)) {
      return new PermissionDeniedException(error, null);
    }
    if (status == 404 || NOT_FOUND.contains(code)) {
      return new NotFoundException(error, null);
    }
    if (QUOTA.contains(code)) {
      return new ConflictException(error, DAILY_LIMIT_HINT);
    }
    if (status == 409 || CONFLICT.contains(code)) {
      return new ConflictException(error, null);
    }
    if (status >= 500 || RETRYABLE.contains(code)) {
      return new ServiceUnavailableException(error, null);
    }
    if (status == 400) {
      return new InvalidRequestException(error, parsed.failures);
    }
    return new CloudPhoneServiceException(error, false, parsed.failures);
  }

  private Body parse(byte[] body) {
    Body result = new Body();
    if (body == null || body.length == 0) {
      return result;
    }
    try {
      JsonNode root = json.readTree(body);
      if (root == null || !root.isObject()) {
        return result;
      }
      JsonNode nested = root.path("error");
      JsonNode source = nested.isObject() ? nested : root;
      result.code = text(source, "error_code", "code");
      result.message = text(source, "error_msg", "message");
      String requestId = text(root, "request_id", "requestId");
      result.requestId = requestId.isEmpty() ? Optional.empty() : Optional.of(requestId);
      result.failures = failures(root.path("failures"));
    } catch (IOException e) {
      result.message = "unreadable error body";
    }
    return result;
  }

  /** The {@code failures} variant lists each failed item; keep them in the message rather than lose them. */
  private static String failures(JsonNode failures) {
    if (!failures.isArray() || failures.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder("Failed items:");
    for (JsonNode item : failures) {
      String id = text(item, "server_id", "phone_id");
      text.append(' ').append(id.isEmpty() ? "?" : id).append(' ').append(text(item, "error_code", "code"))
          .append(" (").append(text(item, "error_msg", "message")).append(");");
    }
    return text.toString();
  }

  private static String text(JsonNode node, String name, String alternative) {
    JsonNode value = node.path(name);
    if (value.isMissingNode() || value.isNull()) {
      value = node.path(alternative);
    }
    return value.isValueNode() ? value.asText() : "";
  }

  private static final class Body {
    String code = "";
    String message = "";
    Optional<String> requestId = Optional.empty();
    String failures;
  }
}
