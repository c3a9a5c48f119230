package io.cloudphone.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * Real (wall-clock) time a fake adds before an answer: none, a fixed delay, or a delay drawn from a distribution.
 * Draws come from the {@link FaultPlan}'s seed, so a test sees the same delays on every run.
 *
 * <pre>{@code
 * Latency.uniform(Duration.ofMillis(5), Duration.ofMillis(20))
 * }</pre>
 */
public final class Latency {
  private static final Latency NONE = new Latency(Kind.FIXED, Duration.ZERO, Duration.ZERO);

  private enum Kind { FIXED, UNIFORM, EXPONENTIAL }

  private final Kind kind;
  private final Duration first;
  private final Duration second;

  private Latency(Kind kind, Duration first, Duration second) {
    this.kind = kind;
    this.first = first;
    this.second = second;
  }

  /** No added delay. */
  public static Latency none() {
    return NONE;
  }

  /** The same delay before every answer. */
  public static Latency fixed(Duration delay) {
    return new Latency(Kind.FIXED, nonNegative(delay, "delay"), Duration.ZERO);
  }

  /** A delay drawn uniformly between {@code min} and {@code max}, both included. */
  public static Latency uniform(Duration min, Duration max) {
    if (nonNegative(max, "max").compareTo(nonNegative(min, "min")) < 0) {
      throw new IllegalArgumentException("max latency must not be below min latency");
    }
    return new Latency(Kind.UNIFORM, min, max);
  }

  /**
   * A delay drawn from an exponential distribution with this {@code mean} (the long tail real services show),
   * capped at {@code max}.
   */
  public static Latency exponential(Duration mean, Duration max) {
    return new Latency(Kind.EXPONENTIAL, nonNegative(mean, "mean"), nonNegative(max, "max"));
  }

  /** Whether this adds no delay at all. */
  public boolean isZero() {
    return kind == Kind.FIXED && first.isZero();
  }

  /** The delay for one answer, given a uniform draw {@code u} in {@code [0, 1)}. */
  public Duration sample(double u) {
    return switch (kind) {
      case FIXED -> first;
      case UNIFORM -> first.plusNanos((long) (u * (second.toNanos() - first.toNanos() + 1)));
      case EXPONENTIAL -> {
        long nanos = (long) (-Math.log(1 - u) * first.toNanos());
        yield Duration.ofNanos(Math.min(nanos, second.toNanos()));
      }
    };
  }

  private static Duration nonNegative(Duration value, String name) {
    if (Objects.requireNonNull(value, name).isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Latency that && kind == that.kind && first.equals(that.first)
        && second.equals(that.second);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, first, second);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case FIXED -> "Latency.fixed(" + first + ")";
      case UNIFORM -> "Latency.uniform(" + first + ", " + second + ")";
      case EXPONENTIAL -> "Latency.exponential(" + first + ", max " + second + ")";
    };
  }
}
