package io.cloudphone.core.internal;

import io.cloudphone.core.CallAttempt;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.Provider;
import io.cloudphone.core.ThrottlingException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Request;

/**
 * What is known of one attempt while it runs, turned into a {@link CallAttempt} when it ends. It keeps only the
 * method and the URL path of the request, never its headers, query string or body.
 */
final class AttemptTrace {
  private final Provider provider;
  private final String operation;
  private final int attempt;
  private long startNanos = System.nanoTime();
  private String method;
  private String path;

  AttemptTrace(Provider provider, String operation, int attempt) {
    this.provider = provider;
    this.operation = operation;
    this.attempt = attempt;
  }

  /** Notes the prepared request's method and path; latency counts from here. */
  void sent(Request request) {
    this.startNanos = System.nanoTime();
    this.method = request.method();
    this.path = request.url().encodedPath();
  }

  /** The event of an attempt whose answer was read. */
  CallAttempt succeeded(int status, String requestId) {
    return new CallAttempt(provider, operation, attempt, Optional.ofNullable(method), Optional.ofNullable(path),
        Optional.of(status), Optional.empty(), Optional.empty(), Optional.ofNullable(requestId), false,
        CallAttempt.Outcome.SUCCEEDED, Optional.empty(), latency());
  }

  /** The event of a failed attempt; {@code retryDelay} is present when the call tries again after it. */
  CallAttempt failed(Exception error, Optional<Duration> retryDelay) {
    Optional<Integer> status = Optional.empty();
    Optional<String> code = Optional.empty();
    Optional<String> requestId = Optional.empty();
    if (error instanceof CloudPhoneServiceException service) {
      status = Optional.of(service.httpStatus()).filter(value -> value > 0);
      code = Optional.ofNullable(service.errorCode()).filter(value -> !value.isEmpty());
      requestId = service.requestId();
    }
    return new CallAttempt(provider, operation, attempt, Optional.ofNullable(method), Optional.ofNullable(path),
        status, code, Optional.of(error.getClass().getSimpleName()), requestId,
        error instanceof ThrottlingException,
        retryDelay.isPresent() ? CallAttempt.Outcome.RETRYING : CallAttempt.Outcome.FAILED, retryDelay, latency());
  }

  private Duration latency() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
