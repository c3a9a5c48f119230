package io.cloudphone.core;

import java.time.Duration;
import java.util.Optional;

/** The provider refused the call because of its request rate; always retryable, after {@link #retryAfter()}. */
public class ThrottlingException extends CloudPhoneServiceException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /** Creates the exception from the provider's answer and its {@code Retry-After}, if any. */
  public ThrottlingException(ServiceError error, Duration retryAfter, String hint) {
    super(error, true, hint);
    this.retryAfter = retryAfter;
  }

  /** How long the provider asked to wait, when it said so. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
