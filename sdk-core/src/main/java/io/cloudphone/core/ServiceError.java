package io.cloudphone.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What a provider said when it refused a call: HTTP status, error code, message and request id.
 *
 * @param provider the provider that answered
 * @param httpStatus the HTTP status code
 * @param errorCode the provider's error code, e.g. {@code CPS.0005} or {@code Throttling.User}
 * @param errorMessage the provider's message
 * @param requestId the provider's request id, empty when the answer had none
 */
public record ServiceError(
    Provider provider, int httpStatus, String errorCode, String errorMessage, Optional<String> requestId) {

  /** Validates the components. */
  public ServiceError {
    Objects.requireNonNull(provider, "provider");
    errorCode = errorCode == null ? "" : errorCode;
    errorMessage = errorMessage == null ? "" : errorMessage;
    requestId = requestId == null ? Optional.empty() : requestId;
  }

  /** Formats the error for an exception message. */
  String describe() {
    StringBuilder text = new StringBuilder(provider.displayName()).append(" answered HTTP ").append(httpStatus);
    if (!errorCode.isEmpty()) {
      text.append(' ').append(errorCode);
    }
    if (!errorMessage.isEmpty()) {
      text.append(": ").append(errorMessage);
    }
    requestId.ifPresent(id -> text.append(" (request id ").append(id).append(')'));
    return text.toString();
  }
}
