package io.cloudphone.testkit.internal;

import io.cloudphone.testkit.Fault;
import io.cloudphone.testkit.FaultPlan;
import io.cloudphone.testkit.OperationFaults;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides, from a {@link FaultPlan}, which faults a request gets. Provider-neutral: a fake's dispatcher names the
 * operation and the request's target, and turns the {@link Fault} it gets back into the provider's own answer
 * (throttling error, internal error, closed connection).
 *
 * <p>Each random decision is a draw seeded by the plan's seed, the operation, the request's target and how many
 * times that same (operation, target) was seen before, so it does not depend on the order in which concurrent
 * requests arrive, and a retried request draws afresh. Rate limits are token buckets on the fake's clock: with
 * {@code FakeTime.manual()} a test exceeds a limit by sending a burst and lets it refill by advancing the clock,
 * without waiting.
 */
public final class FaultInjector {
  private final FaultPlan plan;
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  /** An injector for {@code plan}. */
  public FaultInjector(FaultPlan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  /** The plan. */
  public FaultPlan plan() {
    return plan;
  }

  /**
   * The request-level fault for one request received at {@code now} on the fake's clock:
   * {@link Fault#RATE_LIMITED} when the operation's rate limit is exceeded, else {@link Fault#DROPPED_CONNECTION},
   * {@link Fault#THROTTLED}, {@link Fault#SERVER_ERROR} or none, from the operation's own faults if the plan has
   * any, else from the fleet-wide rates.
   *
   * @param operation the operation name, as logged
   * @param target what the request is about (path, query and body), to tell requests apart and to find the
   *     operation's failing ids in
   * @param now when the request arrived, on the fake's clock
   */
  public Optional<Fault> requestFault(String operation, String target, Instant now) {
    Double limit = plan.rateLimits().get(operation);
    if (limit != null && !buckets.computeIfAbsent(operation, op -> new TokenBucket(limit, now)).take(now)) {
      return Optional.of(Fault.RATE_LIMITED);
    }
    return requestFault(operation, target);
  }

  /**
   * The request-level fault for one request, ignoring rate limits: {@link Fault#DROPPED_CONNECTION},
   * {@link Fault#THROTTLED}, {@link Fault#SERVER_ERROR}, or none.
   *
   * @param operation the operation name, as logged
   * @param target what the request is about (path and query, the ids it names, ...), to tell requests apart
   */
  public Optional<Fault> requestFault(String operation, String target) {
    OperationFaults own = plan.operationFaults().get(operation);
    if (own != null && own.failingIds().stream().anyMatch(target::contains)) {
      return Optional.of(Fault.SERVER_ERROR);
    }
    double drop;
    double throttle;
    double serverError;
    if (own != null) {
      drop = own.dropConnectionRate();
      throttle = own.throttleRate();
      serverError = own.serverErrorRate();
    } else if (appliesTo(operation)) {
      drop = plan.dropConnectionRate();
      throttle = plan.throttleRate();
      serverError = plan.serverErrorRate();
    } else {
      return Optional.empty();
    }
    double total = drop + throttle + serverError;
    if (total == 0) {
      return Optional.empty();
    }
    String key = operation + '\n' + target;
    int attempt = seen.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement();
    double draw = draw(key, attempt);
    if (draw < drop) {
      return Optional.of(Fault.DROPPED_CONNECTION);
    }
    if (draw < drop + throttle) {
      return Optional.of(Fault.THROTTLED);
    }
    if (draw < total) {
      return Optional.of(Fault.SERVER_ERROR);
    }
    return Optional.empty();
  }

  /**
   * How long after {@code now} the operation's rate limit lets the next request through (zero when it would now,
   * or when the operation has no limit), for a {@code Retry-After} on a rate-limited answer.
   */
  public Duration untilAllowed(String operation, Instant now) {
    TokenBucket bucket = buckets.get(operation);
    return bucket == null ? Duration.ZERO : bucket.untilAllowed(now);
  }

  /** Wall-clock time to add before answering a request of {@code operation}. */
  public Duration latency(String operation) {
    OperationFaults own = plan.operationFaults().get(operation);
    if (own != null) {
      if (own.latency().isZero()) {
        return Duration.ZERO;
      }
      String key = "latency\n" + operation;
      return own.latency().sample(draw(key, seen.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement()));
    }
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

  /** A token bucket on the fake's clock: {@code max(1, rate)} tokens, refilled at {@code rate} per second. */
  private static final class TokenBucket {
    private final double perSecond;
    private final double capacity;
    private double tokens;
    private Instant last;

    TokenBucket(double perSecond, Instant now) {
      this.perSecond = perSecond;
      this.capacity = Math.max(1, perSecond);
      this.tokens = capacity;
      this.last = now;
    }

    synchronized boolean take(Instant now) {
      if (now.isAfter(last)) {
        double seconds = Duration.between(last, now).toNanos() / 1e9;
        tokens = Math.min(capacity, tokens + seconds * perSecond);
        last = now;
      }
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }

    synchronized Duration untilAllowed(Instant now) {
      double seconds = Duration.between(last, now).toNanos() / 1e9;
      double missing = 1 - Math.min(capacity, tokens + Math.max(0, seconds) * perSecond);
      return missing <= 0 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(missing / perSecond * 1e9));
    }
  }
}
