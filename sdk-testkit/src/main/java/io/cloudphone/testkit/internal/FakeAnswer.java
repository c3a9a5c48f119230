package io.cloudphone.testkit.internal;

import io.cloudphone.testkit.Fault;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fake answers to one request, and what its request log records about it.
 *
 * @param operation the operation name, as logged
 * @param status the HTTP status, or 0 to drop the connection without answering
 * @param body the JSON body (empty for none)
 * @param headers extra response headers
 * @param errorCode the provider error code in the body, if any
 * @param requestId the request id in the body, if any
 * @param fault the fault injected, if any
 */
public record FakeAnswer(String operation, int status, String body, Map<String, String> headers,
    Optional<String> errorCode, Optional<String> requestId, Optional<Fault> fault) {

  /** Copies the headers and checks that nothing is null. */
  public FakeAnswer {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(fault, "fault");
  }

  /** A successful JSON answer. */
  public static FakeAnswer ok(String operation, String body, String requestId) {
    return new FakeAnswer(operation, 200, body, Map.of(), Optional.empty(), Optional.of(requestId),
        Optional.empty());
  }

  /** An error answer carrying the provider's error code. */
  public static FakeAnswer error(String operation, int status, String body, String errorCode, String requestId) {
    return new FakeAnswer(operation, status, body, Map.of(), Optional.of(errorCode), Optional.ofNullable(requestId),
        Optional.empty());
  }

  /** No answer: the connection is closed. */
  public static FakeAnswer dropped(String operation) {
    return new FakeAnswer(operation, 0, "", Map.of(), Optional.empty(), Optional.empty(),
        Optional.of(Fault.DROPPED_CONNECTION));
  }

  /** This answer, marked as carrying {@code fault}. */
  public FakeAnswer withFault(Fault injected) {
    return new FakeAnswer(operation, status, body, headers, errorCode, requestId, Optional.of(injected));
  }

  /** This answer with one more response header. */
  public FakeAnswer withHeader(String name, String value) {
    Map<String, String> more = new java.util.LinkedHashMap<>(headers);
    more.put(name, value);
    return new FakeAnswer(operation, status, body, more, errorCode, requestId, fault);
  }
}
