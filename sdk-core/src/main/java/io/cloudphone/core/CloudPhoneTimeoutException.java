package io.cloudphone.core;

import java.time.Duration;

/**
 * The call did not succeed within its overall deadline ({@code callDeadline} on the client builder, or
 * {@code withDeadline} on the client), counting every attempt and the backoff between them. The cause is the
 * last attempt's failure, when there was one. The request may have reached the provider.
 */
public class CloudPhoneTimeoutException extends CloudPhoneTransportException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final Duration deadline;
  private final int attempts;

  /** Creates the exception for {@code operation} after {@code attempts} attempts within {@code deadline}. */
  public CloudPhoneTimeoutException(
      Provider provider, String operation, Duration deadline, int attempts, Throwable lastFailure) {
    super(provider.displayName() + " " + operation + ": no answer within the " + format(deadline)
        + " call deadline after " + attempts + (attempts == 1 ? " attempt" : " attempts")
        + (lastFailure == null ? "" : " (last: " + lastFailure.getMessage() + ")"), lastFailure, true, true);
    this.operation = operation;
    this.deadline = deadline;
    this.attempts = attempts;
  }

  /** The provider's operation name. */
  public String operation() {
    return operation;
  }

  /** The deadline that ran out. */
  public Duration deadline() {
    return deadline;
  }

  /** How many attempts were sent (or started) before the deadline ran out. */
  public int attempts() {
    return attempts;
  }

  private static String format(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
