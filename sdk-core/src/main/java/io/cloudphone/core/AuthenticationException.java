package io.cloudphone.core;

/** The provider did not accept the credentials or the signature. */
public class AuthenticationException extends CloudPhoneServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the provider's answer, with an optional hint for the message. */
  public AuthenticationException(ServiceError error, String hint) {
    super(error, false, hint);
  }

  /** Creates the exception from the provider's answer, overriding whether it is retryable. */
  public AuthenticationException(ServiceError error, boolean retryable, String hint) {
    super(error, retryable, hint);
  }
}
