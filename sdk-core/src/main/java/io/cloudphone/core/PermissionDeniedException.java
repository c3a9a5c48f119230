package io.cloudphone.core;

/** The credentials are valid but not allowed to perform the call. */
public class PermissionDeniedException extends CloudPhoneServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the provider's answer, with an optional hint for the message. */
  public PermissionDeniedException(ServiceError error, String hint) {
    super(error, false, hint);
  }

  /** Creates the exception from the provider's answer, overriding whether it is retryable. */
  public PermissionDeniedException(ServiceError error, boolean retryable, String hint) {
    super(error, retryable, hint);
  }
}
