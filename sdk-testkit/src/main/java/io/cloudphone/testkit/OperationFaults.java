package io.cloudphone.testkit;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The faults one operation gets, set with {@link FaultPlan.Builder#forOperation(String, OperationFaults)}. For
 * that operation these replace the plan's fleet-wide request-level rates and latency; every other operation keeps
 * the fleet-wide ones. Provider-neutral: the operation is named as the fake's request log names it
 * ({@code ListCloudPhones}, {@code DescribeAndroidInstances}).
 *
 * <pre>{@code
 * FaultPlan.builder()
 *     .forOperation("ListCloudPhones", OperationFaults.builder().throttleRate(0.5).build())
 *     .forOperation("ShowCloudPhoneDetail", OperationFaults.builder().failingIds(phoneId).build())
 *     .build();
 * }</pre>
 *
 * @param throttleRate share of this operation's requests, 0 to 1, answered with the provider's throttling error
 * @param serverErrorRate share answered with the provider's internal server error
 * @param dropConnectionRate share whose connection is closed before any answer (and which are not acted upon)
 * @param latency real (wall-clock) time added before each of this operation's answers
 * @param failingIds ids (or any other text, such as names) whose requests of this operation always get the
 *     provider's internal server error: a request fails when its path, query or body contains one of them
 */
public record OperationFaults(double throttleRate, double serverErrorRate, double dropConnectionRate,
    Latency latency, Set<String> failingIds) {

  /** Validates the rates and copies the ids. */
  public OperationFaults {
    FaultPlan.rate(throttleRate, "throttleRate");
    FaultPlan.rate(serverErrorRate, "serverErrorRate");
    FaultPlan.rate(dropConnectionRate, "dropConnectionRate");
    if (throttleRate + serverErrorRate + dropConnectionRate > 1) {
      throw new IllegalArgumentException("throttleRate + serverErrorRate + dropConnectionRate must not exceed 1");
    }
    Objects.requireNonNull(latency, "latency");
    failingIds = Set.copyOf(failingIds);
  }

  /** A builder starting from "no fault". */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OperationFaults}; every setting starts at "no fault". */
  public static final class Builder {
    private double throttleRate;
    private double serverErrorRate;
    private double dropConnectionRate;
    private Latency latency = Latency.none();
    private Set<String> failingIds = Set.of();

    private Builder() {}

    /** See {@link OperationFaults#throttleRate()}. */
    public Builder throttleRate(double rate) {
      this.throttleRate = rate;
      return this;
    }

    /** See {@link OperationFaults#serverErrorRate()}. */
    public Builder serverErrorRate(double rate) {
      this.serverErrorRate = rate;
      return this;
    }

    /** See {@link OperationFaults#dropConnectionRate()}. */
    public Builder dropConnectionRate(double rate) {
      this.dropConnectionRate = rate;
      return this;
    }

    /** See {@link OperationFaults#latency()}. */
    public Builder latency(Latency latency) {
      this.latency = latency;
      return this;
    }

    /** See {@link OperationFaults#failingIds()}. */
    public Builder failingIds(Collection<String> ids) {
      this.failingIds = Set.copyOf(ids);
      return this;
    }

    /** See {@link OperationFaults#failingIds()}. */
    public Builder failingIds(String... ids) {
      return failingIds(Set.of(ids));
    }

    /**
     * Builds the faults.
     *
     * @throws IllegalArgumentException when a rate is outside 0 to 1 or the rates add up to more than 1
     */
    public OperationFaults build() {
      return new OperationFaults(throttleRate, serverErrorRate, dropConnectionRate, latency, failingIds);
    }
  }
}
