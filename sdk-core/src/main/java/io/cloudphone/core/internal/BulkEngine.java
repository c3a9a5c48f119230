package io.cloudphone.core.internal;

import io.cloudphone.core.Backoff;
import io.cloudphone.core.CallListener;
import io.cloudphone.core.Clock;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.ProgressListener;
import java.time.Duration;
import java.util.Collection;

/** Starts bulk operations for a provider client: chunking, pacing and polling settings in one place. */
public final class BulkEngine {
  /** How completion polling backs off: 1 s growing to 15 s. */
  static final Backoff POLLING = Backoff.builder().initialDelay(Duration.ofSeconds(1))
      .maxDelay(Duration.ofSeconds(15)).multiplier(1.5).jitter(0.2).build();

  private final Clock clock;
  private final CallListener events;

  /** An engine pacing and polling on {@code clock}. */
  public BulkEngine(Clock clock) {
    this(clock, CallListener.none());
  }

  /** An engine pacing and polling on {@code clock} that also tells {@code events} of every progress step. */
  public BulkEngine(Clock clock, CallListener events) {
    this.clock = clock;
    this.events = events;
  }

  /**
   * Starts an operation over {@code ids}.
   *
   * @param name what it does, e.g. {@code restart phones}
   * @param ids the ids, repeats allowed (each is reported once)
   * @param batchLimit the provider's documented limit of ids per request
   * @param defaultRate requests per second when the options set none
   * @param options the caller's pacing and listener
   * @param submitter sends one chunk
   * @param poller learns how accepted items ended
   */
  public BulkOperation start(String name, Collection<String> ids, int batchLimit, double defaultRate,
      BulkOptions options, ChunkSubmitter submitter, CompletionPoller poller) {
    Validate.notNull("ids", ids);
    options = withEvents(Validate.notNull("options", options));
    int chunkSize = Math.min(batchLimit, options.chunkSize().orElse(batchLimit));
    double rate = options.requestsPerSecond().orElse(defaultRate);
    TokenBucket bucket = new TokenBucket(clock, rate, Math.max(1, Math.min(options.maxConcurrency(),
        (int) Math.ceil(rate))));
    DefaultBulkOperation operation = new DefaultBulkOperation(name, ids, chunkSize, options, bucket, clock,
        submitter, poller, POLLING);
    operation.start();
    return operation;
  }

  /** The caller's options whose progress listener also tells the client's call listener. */
  private BulkOptions withEvents(BulkOptions options) {
    if (events == CallListener.none()) {
      return options;
    }
    ProgressListener own = options.listener().orElse(null);
    ProgressListener both = progress -> {
      events.onBulkProgress(progress);
      if (own != null) {
        own.onProgress(progress);
      }
    };
    return BulkOptions.builder().from(options).listener(both).build();
  }
}
