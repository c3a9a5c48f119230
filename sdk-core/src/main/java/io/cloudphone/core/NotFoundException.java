package io.cloudphone.core;

/** The resource named in the call does not exist (it is never turned into null). */
public class NotFoundException extends CloudPhoneServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the provider's answer, with an optional hint for the message. */
  public NotFoundException(ServiceError error, String hint) {
    super(error, false, hint);
  }

  /** Creates the exception from the provider's answer, overriding whether it is retryable. */
  public NotFoundException(ServiceError error, boolean retryable, String hint) {
    super(error, retryable, hint);
  }
}
