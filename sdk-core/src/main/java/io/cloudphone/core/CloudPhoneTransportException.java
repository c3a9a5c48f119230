package io.cloudphone.core;

/** The call failed in transit (connection refused, reset, timed out) without an answer from the provider. */
public class CloudPhoneTransportException extends CloudPhoneException {
  private static final long serialVersionUID = 1L;

  private final boolean mayHaveReachedServer;
  private final boolean retryable;

  /** Creates the exception; {@code mayHaveReachedServer} is false only when the request surely was not sent. */
  public CloudPhoneTransportException(
      String message, Throwable cause, boolean mayHaveReachedServer, boolean retryable) {
    super(message, cause);
    this.mayHaveReachedServer = mayHaveReachedServer;
    this.retryable = retryable;
  }

  /** Whether the provider may have received (and acted on) the request. */
  public boolean mayHaveReachedServer() {
    return mayHaveReachedServer;
  }

  @Override
  public boolean isRetryable() {
    return retryable;
  }
}
