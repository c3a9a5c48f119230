package io.cloudphone.core;

/** No usable credentials could be found or obtained; the message says where the SDK looked. */
public class CredentialsException extends CloudPhoneException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names no secret. */
  public CredentialsException(String message) {
    super(message);
  }

  /** Creates the exception with a message that names no secret, and a cause. */
  public CredentialsException(String message, Throwable cause) {
    super(message, cause);
  }
}
