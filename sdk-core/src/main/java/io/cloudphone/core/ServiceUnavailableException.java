package io.cloudphone.core;

/** The provider failed or is unavailable for now; retrying later may succeed. */
public class ServiceUnavailableException extends CloudPhoneServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the provider's answer, with an optional hint for the message. */
  public ServiceUnavailableException(ServiceError error, String hint) {
    super(error, true, hint);
  }

  /** Creates the exception from the provider's answer, overriding whether it is retryable. */
  public ServiceUnavailableException(ServiceError error, boolean retryable, String hint) {
    super(error, retryable, hint);
  }
}
