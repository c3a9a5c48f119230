package io.cloudphone.core;

import java.util.Optional;

/**
 * How a client paces its own calls, per operation: learned from the provider's throttling answers (the default),
 * at a fixed rate, or not at all. One limiter per client is shared by every plain call and every bulk operation
 * of that client, so many threads calling one client together stay within what the provider allows.
 */
public final class RateLimit {
  /** The ways a client can pace itself. */
  public enum Mode {
    /** Learn each operation's rate from throttling answers. */
    ADAPTIVE,
    /** Every operation at one fixed rate. */
    FIXED,
    /** No client-side pacing; bulk operations fall back to their documented default rates. */
    OFF
  }

  private static final RateLimit ADAPTIVE = new RateLimit(Mode.ADAPTIVE, 0);
  private static final RateLimit OFF = new RateLimit(Mode.OFF, 0);

  private final Mode mode;
  private final double perSecond;

  private RateLimit(Mode mode, double perSecond) {
    this.mode = mode;
    this.perSecond = perSecond;
  }

  /**
   * The default: an operation runs unpaced until the provider first throttles it, then at a rate cut back on each
   * throttling answer (honouring {@code Retry-After}) and grown again while calls succeed; throttled calls are
   * retried for as long as the call's deadline allows, not only {@link RetryPolicy#maxAttempts()} times.
   */
  public static RateLimit adaptive() {
    return ADAPTIVE;
  }

  /** Every operation of the client at most {@code perSecond} calls a second (attempts included). */
  public static RateLimit fixed(double perSecond) {
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("perSecond must be positive and finite, got " + perSecond);
    }
    return new RateLimit(Mode.FIXED, perSecond);
  }

  /** No client-side pacing of calls; throttled calls are retried only as the {@link RetryPolicy} says. */
  public static RateLimit off() {
    return OFF;
  }

  /** Which way the client paces itself. */
  public Mode mode() {
    return mode;
  }

  /** The fixed rate in calls per second, for {@link Mode#FIXED}. */
  public Optional<Double> perSecond() {
    return mode == Mode.FIXED ? Optional.of(perSecond) : Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RateLimit that && mode == that.mode && perSecond == that.perSecond;
  }

  @Override
  public int hashCode() {
    return mode.hashCode() * 31 + Double.hashCode(perSecond);
  }

  @Override
  public String toString() {
    return mode == Mode.FIXED ? "RateLimit.fixed(" + perSecond + ")" : "RateLimit." + mode.name().toLowerCase(
        java.util.Locale.ROOT) + "()";
  }
}
