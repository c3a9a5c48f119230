package io.cloudphone.core;

/** The call conflicts with the resource's state or exceeds a quota. */
public class ConflictException extends CloudPhoneServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the provider's answer, with an optional hint for the message. */
  public ConflictException(ServiceError error, String hint) {
    super(error, false, hint);
  }

  /** Creates the exception from the provider's answer, overriding whether it is retryable. */
  public ConflictException(ServiceError error, boolean retryable, String hint) {
    super(error, retryable, hint);
  }
}
