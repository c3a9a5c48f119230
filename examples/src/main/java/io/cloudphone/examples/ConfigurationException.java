package io.cloudphone.examples;

/** Configuration the examples cannot run with: a missing credential or region, or an unusable setting. */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message that says what to set. */
  public ConfigurationException(String message) {
    super(message);
  }

  /** An exception with a message that says what to set, caused by {@code cause}. */
  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
