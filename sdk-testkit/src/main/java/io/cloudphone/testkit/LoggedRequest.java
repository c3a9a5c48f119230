package io.cloudphone.testkit;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request a fake received and how it answered.
 *
 * @param operation the provider's operation name ({@code ListCloudPhones}, {@code RebootAndroidInstancesInGroup}),
 *     or {@code "Unknown"} when the request matched none
 * @param method the HTTP method
 * @param path the request path, without the query
 * @param status the HTTP status answered, or 0 when the connection was dropped
 * @param fault the fault injected into this request, if any
 * @param errorCode the provider error code answered, if any
 * @param requestId the request id answered, if any
 * @param at when it arrived, on the fake's clock
 * @param query the query parameters, decoded, with {@code Signature}, {@code SecurityToken} and any other
 *     secret replaced by {@code ***}
 * @param headers the headers (names lower-cased) with {@code Authorization} and every token header replaced by
 *     {@code ***}
 * @param body the body as text with secret form parameters and JSON fields (an IAM password) replaced by
 *     {@code ***}; empty when there was none
 * @param phoneIds the phones the request targeted, as read from the wire in the order sent (Huawei: the path's
 *     phone id, {@code phone_ids} and {@code phones[].phone_id} of the JSON body; Alibaba: {@code InstanceIds},
 *     {@code AndroidInstanceIds}, {@code AndroidInstanceIdList}, {@code InstanceIdList}, {@code InstanceId} and
 *     {@code AndroidInstanceId}, flattened, JSON-array or comma-joined); empty for requests that name no phone
 */
public record LoggedRequest(String operation, String method, String path, int status, Optional<Fault> fault,
    Optional<String> errorCode, Optional<String> requestId, Instant at, Map<String, String> query,
    Map<String, String> headers, String body, List<String> phoneIds) {

  /** Checks that nothing is null and freezes the maps. */
  public LoggedRequest {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(at, "at");
    query = Collections.unmodifiableMap(new TreeMap<>(query));
    headers = Collections.unmodifiableMap(new TreeMap<>(headers));
    Objects.requireNonNull(body, "body");
    phoneIds = List.copyOf(phoneIds);
  }

  /** A logged request that names no phone. */
  public LoggedRequest(String operation, String method, String path, int status, Optional<Fault> fault,
      Optional<String> errorCode, Optional<String> requestId, Instant at, Map<String, String> query,
      Map<String, String> headers, String body) {
    this(operation, method, path, status, fault, errorCode, requestId, at, query, headers, body, List.of());
  }

  /** A logged request without query, headers or body. */
  public LoggedRequest(String operation, String method, String path, int status, Optional<Fault> fault,
      Optional<String> errorCode, Optional<String> requestId, Instant at) {
    this(operation, method, path, status, fault, errorCode, requestId, at, Map.of(), Map.of(), "", List.of());
  }

  /** Whether the fake answered with an error (a 4xx or 5xx status, or no answer at all). */
  public boolean failed() {
    return status == 0 || status >= 400;
  }

  @Override
  public String toString() {
    return operation + " " + method + " " + path + " -> " + (status == 0 ? "dropped" : status)
        + errorCode.map(code -> " " + code).orElse("") + fault.map(f -> " [" + f + "]").orElse("");
  }
}
