package io.cloudphone.testkit.internal;

import io.cloudphone.testkit.Fault;
import io.cloudphone.testkit.FaultPlan;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides, from a {@link FaultPlan}, which faults a request gets. Each decision is a draw seeded by the plan's
 * seed, the operation, the request's target and how many times that same (operation, target) was seen before, so
 * it does not depend on the order in which concurrent requests arrive, and a retried request draws afresh.
 */
public final class FaultInjector {
  private final FaultPlan plan;
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

  /** An injector for {@code plan}. */
  public FaultInjector(FaultPlan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  /** The plan. */
  public FaultPlan plan() {
    return plan;
  }

  /**
   * The request-level fault for one request: {@link Fault#DROPPED_CONNECTION}, {@link Fault#THROTTLED},
   * {@link Fault#SERVER_ERROR}, or none.
   *
   * @param operation the operation name, as logged
   * @param target what the request is about (path and query, the ids it names, ...), to tell requests apart
   */
  public Optional<Fault> requestFault(String operation, String target) {
    if (!appliesTo(operation)) {
      return Optional.empty();
    }
    double total = plan.dropConnectionRate() + plan.throttleRate() + plan.serverErrorRate();
    if (total == 0) {
      return Optional.empty();
    }
    String key = operation + '\n' + target;
    int attempt = seen.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement();
    double draw = draw(key, attempt);
    if (draw < plan.dropConnectionRate()) {
      return Optional.of(Fault.DROPPED_CONNECTION);
    }
    if (draw < plan.dropConnectionRate() + plan.throttleRate()) {
      return Optional.of(Fault.THROTTLED);
    }
    if (draw < total) {
      return Optional.of(Fault.SERVER_ERROR);
    }
    return Optional.empty();
  }

  /** Wall-clock time to add before answering a request of {@code operation}. */
  public Duration latency(String operation) {
    return appliesTo(operation) ? plan.latency() : Duration.ZERO;
  }

  /** Whether work on this phone fails: it is in the failing subset by id or name, or drawn by the failure rate. */
  public boolean failsPhone(String phoneId, String phoneName) {
    if (plan.failingPhones().contains(phoneId) || plan.failingPhones().contains(phoneName)) {
      return true;
    }
    return plan.phoneFailureRate() > 0 && draw("phone\n" + phoneId, 0) < plan.phoneFailureRate();
  }

  private boolean appliesTo(String operation) {
    return plan.operations().isEmpty() || plan.operations().contains(operation);
  }

  private double draw(String key, int attempt) {
    long mixed = plan.seed() * 0x9E3779B97F4A7C15L + key.hashCode() * 0xC2B2AE3D27D4EB4FL + attempt;
    return new SplittableRandom(mixed).nextDouble();
  }
}
