package io.cloudphone.core.internal;

import io.cloudphone.core.Backoff;
import io.cloudphone.core.CallListener;
import io.cloudphone.core.Clock;
import io.cloudphone.core.RateLimit;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.bulk.ProgressListener;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Starts bulk operations for a provider client: chunking, pacing and polling settings in one place. */
public final class BulkEngine {
  /** How completion polling backs off: 1 s growing to 15 s. */
  static final Backoff POLLING = Backoff.builder().initialDelay(Duration.ofSeconds(1))
      .maxDelay(Duration.ofSeconds(15)).multiplier(1.5).jitter(0.2).build();

  private final Clock clock;
  private final CallListener events;
  private final AdaptiveRateLimiter limiter;

  /** An engine pacing and polling on {@code clock} at each operation's default rate (no call-layer pacing). */
  public BulkEngine(Clock clock) {
    this(clock, CallListener.none(), new AdaptiveRateLimiter(clock, RateLimit.off()));
  }

  /** An engine pacing with {@code limiter} (see {@link #BulkEngine(Clock, CallListener, AdaptiveRateLimiter)}). */
  public BulkEngine(Clock clock, AdaptiveRateLimiter limiter) {
    this(clock, CallListener.none(), limiter);
  }

  /**
   * An engine polling on {@code clock}, telling {@code events} of every progress step and pacing with the client's
   * {@code limiter}: while the limiter is on, the call layer paces every request (learned or fixed) and an
   * operation's own bucket runs only at the rate its options set explicitly, as a ceiling; with the limiter off,
   * operations pace at their documented defaults.
   */
  public BulkEngine(Clock clock, CallListener events, AdaptiveRateLimiter limiter) {
    this.clock = clock;
    this.events = events;
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
    Validate.notNull("ids", ids);
    return start(new BulkPlan(name, name, Map.of(), ids, batchLimit, defaultRate, false, submitter, poller),
        options);
  }

  /**
   * Starts the operation {@code plan} describes, journaling it first when the options name a journal.
   *
   * @throws IllegalArgumentException when the journal file already exists
   */
  public BulkOperation start(BulkPlan plan, BulkOptions options) {
    Validate.notNull("options", options);
    List<String> distinct = List.copyOf(new LinkedHashSet<>(plan.ids()));
    Optional<BulkJournal> journal = options.journal().map(path -> BulkJournal.create(path, clock, plan, distinct));
    return launch(plan, options, journal, Map.of());
  }

  /**
   * Resumes the operation journaled at {@code path}, settling each of its ids exactly once: ids the journal saw
   * finish are reported from it; ids accepted and still running are awaited; ids sent without a journaled answer
   * are first looked for with the plan's {@link InFlightCheck} (before anything is sent): those the provider shows
   * working are adopted and awaited, those it shows done are reported; those it shows no trace of are sent again
   * when the plan is repeatable and otherwise fail without a request, saying why; the ids never sent are sent. The
   * resumed run appends to the same journal.
   *
   * @param path the journal
   * @param options pacing and listener for the resumed run (their journal, if any, is ignored: it is {@code path})
   * @param plans the provider's mapping from a journal's kind and inputs to the plan that carries it out
   * @throws IllegalArgumentException when the file is not a bulk journal or its kind is unknown to the provider
   */
  public BulkOperation resume(Path path, BulkOptions options, Function<JournalRecord, BulkPlan> plans) {
    JournalRecord record = BulkJournal.read(path);
    BulkPlan plan = plans.apply(record);
    Map<String, ItemResult> restored = new LinkedHashMap<>();
    Map<String, Instant> unanswered = new LinkedHashMap<>();
    Set<String> known = new HashSet<>(plan.ids());
    record.states().forEach((id, state) -> {
      if (!known.contains(id)) {
        return; // not an id of the operation's header: nothing to settle
      }
      if (state.finished() || state.accepted()) {
        restored.put(id, state.last().orElseThrow());
      } else if (state.unanswered()) {
        unanswered.put(id, state.sentAt().orElse(Instant.EPOCH));
      }
    });
    BulkJournal journal = BulkJournal.reopen(path, clock, record);
    CompletableFuture<Map<String, ItemResult>> checked = new InFlightSettlement(plan, journal).settle(unanswered);
    return launch(plan, options, Optional.of(journal), restored, checked);
  }

  private BulkOperation launch(BulkPlan plan, BulkOptions options, Optional<BulkJournal> journal,
      Map<String, ItemResult> restored) {
    return launch(plan, options, journal, restored, CompletableFuture.completedFuture(Map.of()));
  }

  private BulkOperation launch(BulkPlan plan, BulkOptions options, Optional<BulkJournal> journal,
      Map<String, ItemResult> restored, CompletableFuture<Map<String, ItemResult>> checked) {
    options = withEvents(Validate.notNull("options", options));
    int chunkSize = Math.min(plan.batchLimit(), options.chunkSize().orElse(plan.batchLimit()));
    BulkOptions paced = options;
    Optional<Double> ceiling = limiter.active() ? paced.requestsPerSecond()
        : Optional.of(paced.requestsPerSecond().orElse(plan.defaultRate()));
    Optional<TokenBucket> bucket = ceiling.map(rate -> new TokenBucket(clock, rate,
        Math.max(1, Math.min(paced.maxConcurrency(), (int) Math.ceil(rate)))));
    DefaultBulkOperation operation = new DefaultBulkOperation(plan.name(), plan.ids(), chunkSize, options, bucket,
        clock, plan.submitter(), plan.poller(), POLLING, limiter, journal, restored);
    operation.start(checked);
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
