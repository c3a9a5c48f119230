package io.cloudphone.core;

/** The provider rejected a parameter of the call. */
public class InvalidRequestException extends CloudPhoneServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the provider's answer, with an optional hint for the message. */
  public InvalidRequestException(ServiceError error, String hint) {
    super(error, false, hint);
  }

  /** Creates the exception from the provider's answer, overriding whether it is retryable. */
  public InvalidRequestException(ServiceError error, boolean retryable, String hint) {
    super(error, retryable, hint);
  }
}
