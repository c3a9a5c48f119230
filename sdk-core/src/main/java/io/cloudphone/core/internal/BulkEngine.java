package io.cloudphone.core.internal;

import io.cloudphone.core.Backoff;
import io.cloudphone.core.Clock;
import io.cloudphone.core.RateLimit;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/** Starts bulk operations for a provider client: chunking, pacing and polling settings in one place. */
public final class BulkEngine {
  /** How completion polling backs off: 1 s growing to 15 s. */
  static final Backoff POLLING = Backoff.builder().initialDelay(Duration.ofSeconds(1))
      .maxDelay(Duration.ofSeconds(15)).multiplier(1.5).jitter(0.2).build();

  private final Clock clock;
  private final AdaptiveRateLimiter limiter;

  /** An engine pacing and polling on {@code clock} at each operation's default rate (no call-layer pacing). */
  public BulkEngine(Clock clock) {
    this(clock, new AdaptiveRateLimiter(clock, RateLimit.off()));
  }

  /**
   * An engine polling on {@code clock} and pacing with the client's {@code limiter}: while the limiter is on, the
   * call layer paces every request (learned or fixed) and an operation's own bucket runs only at the rate its
   * options set explicitly, as a ceiling; with the limiter off, operations pace at their documented defaults.
   */
  public BulkEngine(Clock clock, AdaptiveRateLimiter limiter) {
    this.clock = clock;
    this.limiter = limiter;
  }

  /**
   * Starts an operation over {@code ids}.
   *
   * @param name what it does, e.g. {@code restart phones}
   * @param ids the ids, repeats allowed (each is reported once)
   * @param batchLimit the provider's documented limit of ids per request
   * @param defaultRate requests per second when the options set none and the client's limiter is off
   * @param options the caller's pacing and listener
   * @param submitter sends one chunk
   * @param poller learns how accepted items ended
   */
  public BulkOperation start(String name, Collection<String> ids, int batchLimit, double defaultRate,
      BulkOptions options, ChunkSubmitter submitter, CompletionPoller poller) {
    int chunkSize = Math.min(batchLimit, options.chunkSize().orElse(batchLimit));
    Optional<Double> ceiling = limiter.active() ? options.requestsPerSecond()
        : Optional.of(options.requestsPerSecond().orElse(defaultRate));
    Optional<TokenBucket> bucket = ceiling.map(rate -> new TokenBucket(clock, rate,
        Math.max(1, Math.min(options.maxConcurrency(), (int) Math.ceil(rate)))));
    DefaultBulkOperation operation = new DefaultBulkOperation(name, ids, chunkSize, options, bucket, clock,
        submitter, poller, POLLING, limiter);
    operation.start();
    return operation;
  }
}
