package io.cloudphone.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt of one call, as a {@link CallListener} sees it when the attempt ends. It holds no header, query
 * string, body, credential, token or signature: {@code path} is the URL path alone (Alibaba's RPC calls all
 * have path {@code /}; their parameters travel in the query string, which is never included).
 *
 * @param provider the provider called
 * @param operation the provider's operation name, e.g. {@code ListCloudPhones}
 * @param attempt the attempt number, 1 for the first
 * @param method the HTTP method, empty when the request could not even be prepared (e.g. no credentials)
 * @param path the URL path without host or query, empty when the request could not be prepared
 * @param httpStatus the answer's HTTP status, empty when no answer came (connection failure, timeout)
 * @param errorCode the provider's error code of a refused attempt
 * @param errorType the SDK exception's simple class name for a failed attempt, e.g. {@code ThrottlingException}
 * @param requestId the provider's request id, when the answer carried one
 * @param throttled whether the provider throttled the attempt
 * @param outcome whether the attempt succeeded, will be retried, or ended the call with an error
 * @param retryDelay the pause before the next attempt, when {@code outcome} is {@link Outcome#RETRYING}
 * @param latency from sending the request to the end of the answer (or the failure)
 */
public record CallAttempt(Provider provider, String operation, int attempt, Optional<String> method,
    Optional<String> path, Optional<Integer> httpStatus, Optional<String> errorCode, Optional<String> errorType,
    Optional<String> requestId, boolean throttled, Outcome outcome, Optional<Duration> retryDelay,
    Duration latency) {

  /** Validates the components. */
  public CallAttempt {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(httpStatus, "httpStatus");
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(retryDelay, "retryDelay");
    Objects.requireNonNull(latency, "latency");
  }

  /** How an attempt ended. */
  public enum Outcome {
    /** The provider answered and the answer was read. */
    SUCCEEDED,
    /** The attempt failed and the call will try again after {@link CallAttempt#retryDelay()}. */
    RETRYING,
    /** The attempt failed and the call ends with its error (not retryable, out of retries or out of time). */
    FAILED
  }
}
