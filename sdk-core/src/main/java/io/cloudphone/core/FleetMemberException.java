package io.cloudphone.core;

/**
 * A call a {@link CloudPhoneFleet} made to one of its members failed; {@link #getCause()} is the member's own
 * typed error (throttling, unavailable, authentication, ...).
 */
public class FleetMemberException extends CloudPhoneException {
  private static final long serialVersionUID = 1L;

  private final String member;

  /** Wraps {@code cause}, the error of {@code member} while doing {@code what} (e.g. "listing phones"). */
  public FleetMemberException(String member, String what, RuntimeException cause) {
    super("fleet member " + member + ": " + what + " failed: " + cause.getMessage(), cause);
    this.member = member;
  }

  /** The name of the member that failed. */
  public String member() {
    return member;
  }

  /** Whether the member's own error is worth retrying. */
  @Override
  public boolean isRetryable() {
    return getCause() instanceof CloudPhoneException cause && cause.isRetryable();
  }
}
