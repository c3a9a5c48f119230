package io.cloudphone.core;

/** Root of every exception the SDK throws; unchecked, never carries a secret in its message. */
public class CloudPhoneException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public CloudPhoneException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public CloudPhoneException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether repeating the same call later may succeed. */
  public boolean isRetryable() {
    return false;
  }
}
