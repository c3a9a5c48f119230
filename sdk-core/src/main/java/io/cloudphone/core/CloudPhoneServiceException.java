package io.cloudphone.core;

import java.util.Optional;

/** The provider answered and refused the call; carries status, error code, message and request id. */
public class CloudPhoneServiceException extends CloudPhoneException {
  private static final long serialVersionUID = 1L;

  private final transient ServiceError error;
  private final boolean retryable;

  /** Creates the exception from the provider's answer, with an optional hint appended to the message. */
  public CloudPhoneServiceException(ServiceError error, boolean retryable, String hint) {
    super(hint == null || hint.isEmpty() ? error.describe() : error.describe() + ". " + hint);
    this.error = error;
    this.retryable = retryable;
  }

  /** The provider that answered. */
  public Provider provider() {
    return error.provider();
  }

  /** The HTTP status code. */
  public int httpStatus() {
    return error.httpStatus();
  }

  /** The provider's error code, empty when the answer had none. */
  public String errorCode() {
    return error.errorCode();
  }

  /** The provider's own message. */
  public String errorMessage() {
    return error.errorMessage();
  }

  /** The provider's request id, for support tickets. */
  public Optional<String> requestId() {
    return error.requestId();
  }

  /** All details of the answer. */
  public ServiceError serviceError() {
    return error;
  }

  @Override
  public boolean isRetryable() {
    return retryable;
  }
}
