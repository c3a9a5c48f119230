package io.cloudphone.testkit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

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
 */
public record LoggedRequest(String operation, String method, String path, int status, Optional<Fault> fault,
    Optional<String> errorCode, Optional<String> requestId, Instant at) {

  /** Checks that nothing is null. */
  public LoggedRequest {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(at, "at");
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
