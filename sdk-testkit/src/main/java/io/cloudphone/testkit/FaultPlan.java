package io.cloudphone.testkit;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Trouble a fake injects into the requests it serves, for testing how code copes: throttling, server errors,
 * dropped connections, added latency and a subset of phones whose work fails. Every decision is drawn from
 * {@link #seed()} and the request itself (its operation, its target and how many times that same request was
 * seen), never from thread timing, so a test sees the same faults on every run; every injected fault is
 * recorded in the fake's {@link RequestLog}.
 *
 * <pre>{@code
 * FaultPlan plan = FaultPlan.builder().throttleRate(0.2).failingPhones("test-phone-01-02").build();
 * FaultPlan perOperation = FaultPlan.builder()
 *     .forOperation("ListCloudPhones", OperationFaults.builder().serverErrorRate(0.3).build())
 *     .rateLimit("RestartCloudPhone", 5) // requests per second on the fake's clock
 *     .build();
 * }</pre>
 *
 * <p>Order of decisions for one request: the operation's {@linkplain #rateLimits() rate limit} first (answered
 * with the provider's own throttling answer, logged as {@link Fault#RATE_LIMITED}), then the operation's
 * {@linkplain #operationFaults() own faults} if it has any, else the fleet-wide rates below.
 *
 * @param throttleRate share of requests, 0 to 1, answered with the provider's throttling error
 * @param serverErrorRate share of requests, 0 to 1, answered with the provider's internal server error
 * @param dropConnectionRate share of requests, 0 to 1, whose connection is closed before any answer (and
 *     which are not acted upon)
 * @param latency real (wall-clock) time added before every answer
 * @param failingPhones phones, by id or by name, whose jobs and commands always fail
 * @param phoneFailureRate share of the other phones, 0 to 1, whose jobs and commands fail too (drawn once per
 *     phone)
 * @param operations operations the request-level faults (throttling, server errors, dropped connections,
 *     latency) apply to, by the names the request log uses ({@code ListCloudPhones},
 *     {@code DescribeAndroidInstances}); empty means every operation
 * @param seed seed of every random decision
 * @param operationFaults faults per operation (by logged name), replacing the fleet-wide request-level rates and
 *     latency for that operation
 * @param rateLimits a server-side rate limit per operation (by logged name), in requests per second on the
 *     fake's clock ({@link FakeTime}); a request beyond it gets the provider's throttling answer. A limit of
 *     {@code r} allows a burst of {@code max(1, r)} requests, refilled at {@code r} per second. Off by default.
 */
public record FaultPlan(double throttleRate, double serverErrorRate, double dropConnectionRate, Duration latency,
    Set<String> failingPhones, double phoneFailureRate, Set<String> operations, long seed,
    Map<String, OperationFaults> operationFaults, Map<String, Double> rateLimits) {

  /** Validates the plan and copies its sets. */
  public FaultPlan {
    rate(throttleRate, "throttleRate");
    rate(serverErrorRate, "serverErrorRate");
    rate(dropConnectionRate, "dropConnectionRate");
    rate(phoneFailureRate, "phoneFailureRate");
    if (throttleRate + serverErrorRate + dropConnectionRate > 1) {
      throw new IllegalArgumentException("throttleRate + serverErrorRate + dropConnectionRate must not exceed 1");
    }
    if (Objects.requireNonNull(latency, "latency").isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
    failingPhones = Set.copyOf(failingPhones);
    operations = Set.copyOf(operations);
    operationFaults = Map.copyOf(operationFaults);
    rateLimits = Map.copyOf(rateLimits);
    rateLimits.forEach((operation, perSecond) -> {
      if (!(perSecond > 0) || perSecond.isInfinite()) {
        throw new IllegalArgumentException("rate limit of " + operation + " must be a positive number of requests"
            + " per second but was " + perSecond);
      }
    });
  }

  /** A plan without per-operation faults or rate limits (the plan's shape before those existed). */
  public FaultPlan(double throttleRate, double serverErrorRate, double dropConnectionRate, Duration latency,
      Set<String> failingPhones, double phoneFailureRate, Set<String> operations, long seed) {
    this(throttleRate, serverErrorRate, dropConnectionRate, latency, failingPhones, phoneFailureRate, operations,
        seed, Map.of(), Map.of());
  }

  /** A plan that injects nothing. */
  public static FaultPlan none() {
    return builder().build();
  }

  /** A builder starting from a plan that injects nothing, with seed 1. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether this plan injects anything at all. */
  public boolean isEmpty() {
    return throttleRate == 0 && serverErrorRate == 0 && dropConnectionRate == 0 && latency.isZero()
        && failingPhones.isEmpty() && phoneFailureRate == 0 && operationFaults.isEmpty() && rateLimits.isEmpty();
  }

  static void rate(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1 but was " + value);
    }
  }

  /** Builds a {@link FaultPlan}; every setting starts at "no fault". */
  public static final class Builder {
    private double throttleRate;
    private double serverErrorRate;
    private double dropConnectionRate;
    private Duration latency = Duration.ZERO;
    private Set<String> failingPhones = Set.of();
    private double phoneFailureRate;
    private Set<String> operations = Set.of();
    private long seed = 1;
    private final Map<String, OperationFaults> operationFaults = new LinkedHashMap<>();
    private final Map<String, Double> rateLimits = new LinkedHashMap<>();

    private Builder() {}

    /** See {@link FaultPlan#operationFaults()}; a later call for the same operation replaces an earlier one. */
    public Builder forOperation(String operation, OperationFaults faults) {
      operationFaults.put(Objects.requireNonNull(operation, "operation"), Objects.requireNonNull(faults, "faults"));
      return this;
    }

    /** See {@link FaultPlan#rateLimits()}. */
    public Builder rateLimit(String operation, double requestsPerSecond) {
      rateLimits.put(Objects.requireNonNull(operation, "operation"), requestsPerSecond);
      return this;
    }

    /** See {@link FaultPlan#throttleRate()}. */
    public Builder throttleRate(double rate) {
      this.throttleRate = rate;
      return this;
    }

    /** See {@link FaultPlan#serverErrorRate()}. */
    public Builder serverErrorRate(double rate) {
      this.serverErrorRate = rate;
      return this;
    }

    /** See {@link FaultPlan#dropConnectionRate()}. */
    public Builder dropConnectionRate(double rate) {
      this.dropConnectionRate = rate;
      return this;
    }

    /** See {@link FaultPlan#latency()}. */
    public Builder latency(Duration latency) {
      this.latency = latency;
      return this;
    }

    /** See {@link FaultPlan#failingPhones()}. */
    public Builder failingPhones(Collection<String> idsOrNames) {
      this.failingPhones = Set.copyOf(idsOrNames);
      return this;
    }

    /** See {@link FaultPlan#failingPhones()}. */
    public Builder failingPhones(String... idsOrNames) {
      return failingPhones(Set.of(idsOrNames));
    }

    /** See {@link FaultPlan#phoneFailureRate()}. */
    public Builder phoneFailureRate(double rate) {
      this.phoneFailureRate = rate;
      return this;
    }

    /** See {@link FaultPlan#operations()}. */
    public Builder operations(String... names) {
      this.operations = Set.of(names);
      return this;
    }

    /** See {@link FaultPlan#seed()}. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Builds the plan.
     *
     * @throws IllegalArgumentException when a rate is outside 0 to 1, the request-level rates add up to more
     *     than 1, the latency is negative, or a rate limit is not a positive number
     */
    public FaultPlan build() {
      return new FaultPlan(throttleRate, serverErrorRate, dropConnectionRate, latency, failingPhones,
          phoneFailureRate, operations, seed, operationFaults, rateLimits);
    }
  }
}
