package io.cloudphone.core.internal;

import io.cloudphone.core.Backoff;
import io.cloudphone.core.Clock;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkProgress;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.BulkTimeoutException;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bulk operation driven entirely by futures: at most {@code maxConcurrency} chunk requests in flight, each
 * started when a rate permit is due on the clock, no thread per id or request. Every distinct id gets exactly
 * one result: the first recorded one wins, and ids never sent end as NOT_ATTEMPTED.
 */
final class DefaultBulkOperation implements BulkOperation {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultBulkOperation.class);

  private final String name;
  private final List<String> ids;
  private final List<List<String>> chunks = new ArrayList<>();
  private final int chunkSize;
  private final BulkOptions options;
  private final Optional<TokenBucket> bucket;
  private final AdaptiveRateLimiter limiter;
  private final Map<String, AdaptiveRateLimiter.Stats> limiterAtStart;
  private final Clock clock;
  private final ChunkSubmitter submitter;
  private final CompletionPoller poller;
  private final Backoff polling;
  private final Optional<BulkJournal> journal;
  private final Instant started;
  private final CompletableFuture<BulkResult> submitted = new CompletableFuture<>();
  private final Map<String, ItemResult> results = new HashMap<>();
  private int nextChunk;
  private int runningChunks;
  private int idsInFlight;
  private boolean cancelled;
  /** Whether the ids to send are known (a resumed run first settles what the provider shows of the crash). */
  private boolean ready;
  private boolean submissionEnding;
  private BulkProgress.Phase phase = BulkProgress.Phase.SUBMITTING;

  DefaultBulkOperation(String name, Collection<String> inputIds, int chunkSize, BulkOptions options,
      Optional<TokenBucket> bucket, Clock clock, ChunkSubmitter submitter, CompletionPoller poller, Backoff polling,
      AdaptiveRateLimiter limiter) {
    this(name, inputIds, chunkSize, options, bucket, clock, submitter, poller, polling, limiter, Optional.empty(),
        Map.of());
  }

  /**
   * An operation that journals to {@code journal} and starts from {@code restored}: results a resumed run
   * already knows (final, or accepted and still to be awaited); only the other ids are sent.
   */
  DefaultBulkOperation(String name, Collection<String> inputIds, int chunkSize, BulkOptions options,
      Optional<TokenBucket> bucket, Clock clock, ChunkSubmitter submitter, CompletionPoller poller, Backoff polling,
      AdaptiveRateLimiter limiter, Optional<BulkJournal> journal, Map<String, ItemResult> restored) {
    this.name = name;
    this.ids = List.copyOf(new LinkedHashSet<>(inputIds));
    this.journal = journal;
    restored.forEach((id, result) -> results.put(id, ItemResult.builder().from(result).id(id).build()));
    this.chunkSize = chunkSize;
    this.options = options;
    this.bucket = bucket;
    this.limiter = limiter;
    this.limiterAtStart = limiter.snapshot();
    this.clock = clock;
    this.submitter = submitter;
    this.poller = poller;
    this.polling = polling;
    this.started = clock.instant();
  }

  /**
   * Starts sending once {@code settled} gives the results of ids that need no request after all (what a resumed run
   * learned from the provider about requests sent before the crash); the other ids without a result are sent.
   */
  void start(CompletableFuture<Map<String, ItemResult>> settled) {
    settled.whenComplete((found, error) -> {
      if (error != null) {
        LOG.warn("{}: cannot settle the ids sent before the run stopped, sending nothing: {}", name,
            Futures.unwrap(error).toString());
      }
      launchChunks(found == null ? Map.of() : found, error != null);
    });
  }

  private void launchChunks(Map<String, ItemResult> settled, boolean stop) {
    synchronized (this) {
      settled.forEach((id, result) -> results.putIfAbsent(id, ItemResult.builder().from(result).id(id).build()));
      List<String> toSend = ids.stream().filter(id -> !results.containsKey(id)).toList();
      for (int from = 0; from < toSend.size(); from += chunkSize) {
        chunks.add(toSend.subList(from, Math.min(toSend.size(), from + chunkSize)));
      }
      cancelled |= stop;
      ready = true;
    }
    if (!results.isEmpty()) {
      notifyProgress();
    }
    int first = Math.min(options.maxConcurrency(), chunks.size());
    if (first == 0) {
      finishSubmissionIfDone();
    }
    for (int i = 0; i < first; i++) {
      launchNext();
    }
  }

  private void launchNext() {
    List<String> chunk;
    synchronized (this) {
      if (cancelled || nextChunk >= chunks.size()) {
        chunk = null;
      } else {
        chunk = chunks.get(nextChunk++);
        runningChunks++;
        idsInFlight += chunk.size();
      }
    }
    if (chunk == null) {
      finishSubmissionIfDone();
      return;
    }
    Duration wait = bucket.map(TokenBucket::reserve).orElse(Duration.ZERO);
    (bucket.isPresent() ? clock.delay(wait) : CompletableFuture.<Void>completedFuture(null))
        .thenCompose(due -> sendUnlessCancelled(chunk))
        .whenComplete((answer, error) -> {
          record(chunk, answer, error);
          launchNext();
        });
  }

  /**
   * Journals and sends {@code chunk}, or answers null when the operation was cancelled first. Holding the
   * operation's lock from the check to the hand-over to the client makes {@link #cancel()} a clean cut: once it
   * returns, no further chunk is handed over.
   */
  private synchronized CompletableFuture<Map<String, ItemResult>> sendUnlessCancelled(List<String> chunk) {
    if (cancelled || !journalSent(chunk)) {
      return CompletableFuture.completedFuture(null);
    }
    return send(chunk);
  }

  private CompletableFuture<Map<String, ItemResult>> send(List<String> chunk) {
    try {
      return submitter.submit(chunk);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Journals that {@code chunk} is about to be sent; when the journal cannot be written, stops sending. */
  private boolean journalSent(List<String> chunk) {
    return journaled(j -> j.sent(chunk));
  }

  /** Writes to the journal, if any; a failure to write stops further sending rather than risk an unrecorded send. */
  private boolean journaled(Consumer<BulkJournal> write) {
    if (journal.isEmpty()) {
      return true;
    }
    try {
      write.accept(journal.get());
      return true;
    } catch (RuntimeException e) {
      LOG.warn("{}: cannot write the journal, sending no more requests: {}", name, e.toString());
      synchronized (this) {
        cancelled = true;
      }
      return false;
    }
  }

  /** Records a chunk's outcome: null answer without error means it was cancelled before sending. */
  private void record(List<String> chunk, Map<String, ItemResult> answer, Throwable error) {
    Throwable cause = Futures.unwrap(error);
    List<ItemResult> recorded = new ArrayList<>(chunk.size());
    for (String id : chunk) {
      ItemResult result;
      if (cause != null) {
        result = failure(id, cause);
      } else if (answer == null) {
        result = ItemResult.notAttempted(id);
      } else if (answer.get(id) != null) {
        result = ItemResult.builder().from(answer.get(id)).id(id).build();
      } else {
        result = ItemResult.failed(id, null, "the provider's answer did not mention this id");
      }
      recorded.add(result);
    }
    if (cause != null || answer != null) {
      journaled(j -> j.answered(recorded)); // on disk before anyone hears of it
    }
    synchronized (this) {
      runningChunks--;
      idsInFlight -= chunk.size();
      recorded.forEach(result -> results.putIfAbsent(result.id(), result));
    }
    notifyProgress();
  }

  private void finishSubmissionIfDone() {
    BulkResult snapshot;
    synchronized (this) {
      boolean noMore = cancelled || nextChunk >= chunks.size();
      if (!ready || !noMore || runningChunks > 0 || submissionEnding) {
        return;
      }
      submissionEnding = true; // once: a listener told of the end may call cancel(), which ends up here again
      ids.forEach(id -> results.putIfAbsent(id, ItemResult.notAttempted(id)));
      phase = hasInProgress() ? BulkProgress.Phase.AWAITING : BulkProgress.Phase.DONE;
      snapshot = snapshot();
    }
    notifyProgress();
    submitted.complete(snapshot);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> ids() {
    return ids;
  }

  @Override
  public void cancel() {
    synchronized (this) {
      cancelled = true;
    }
    journaled(BulkJournal::cancelled);
    finishSubmissionIfDone();
  }

  @Override
  public CompletableFuture<BulkResult> submitted() {
    return submitted.thenApply(result -> result);
  }

  @Override
  public BulkResult awaitCompletion(Duration timeout) {
    return Futures.join(completion(timeout));
  }

  @Override
  public CompletableFuture<BulkResult> completion(Duration timeout) {
    Instant deadline = clock.instant().plus(Validate.positive("timeout", timeout));
    return submitted.thenCompose(result -> pollUntilDone(deadline, 1));
  }

  private CompletableFuture<BulkResult> pollUntilDone(Instant deadline, int round) {
    List<ItemResult> pending = pendingItems();
    if (pending.isEmpty()) {
      return CompletableFuture.completedFuture(finish());
    }
    Instant now = clock.instant();
    if (!now.isBefore(deadline)) {
      return CompletableFuture.failedFuture(new BulkTimeoutException(currentResult()));
    }
    Duration wait = polling.delay(round, ThreadLocalRandom.current().nextDouble());
    Duration left = Duration.between(now, deadline);
    return clock.delay(wait.compareTo(left) < 0 ? wait : left)
        .thenCompose(ready -> poll(pendingItems()))
        .thenCompose(polled -> {
          if (pendingItems().isEmpty()) {
            return CompletableFuture.completedFuture(finish());
          }
          return pollUntilDone(deadline, round + 1);
        });
  }

  private CompletableFuture<Void> poll(List<ItemResult> pending) {
    CompletableFuture<Map<String, ItemResult>> answer;
    try {
      answer = pending.isEmpty() ? CompletableFuture.completedFuture(Map.of()) : poller.poll(pending);
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    return answer.handle((updates, error) -> {
      if (error != null) {
        // A failed poll is not a failed item: keep the items in progress and ask again after backoff.
        LOG.debug("{}: polling failed, will retry: {}", name, Futures.unwrap(error).toString());
        return null;
      }
      List<ItemResult> settled = new ArrayList<>();
      synchronized (this) {
        updates.forEach((id, update) -> {
          ItemResult current = results.get(id);
          if (current != null && current.outcome() == ItemOutcome.IN_PROGRESS
              && update.outcome() != ItemOutcome.IN_PROGRESS) {
            settled.add(ItemResult.builder().from(update).id(id).build());
          }
        });
      }
      journaled(j -> j.finished(settled)); // on disk before anyone hears of it
      synchronized (this) {
        updates.forEach((id, update) -> {
          ItemResult current = results.get(id);
          if (current != null && current.outcome() == ItemOutcome.IN_PROGRESS) {
            results.put(id, ItemResult.builder().from(update).id(id).build());
          }
        });
      }
      notifyProgress();
      return null;
    });
  }

  private BulkResult finish() {
    synchronized (this) {
      phase = BulkProgress.Phase.DONE;
    }
    notifyProgress();
    return currentResult();
  }

  private synchronized List<ItemResult> pendingItems() {
    List<ItemResult> pending = new ArrayList<>();
    for (String id : ids) {
      ItemResult result = results.get(id);
      if (result != null && result.outcome() == ItemOutcome.IN_PROGRESS) {
        pending.add(result);
      }
    }
    return pending;
  }

  private boolean hasInProgress() {
    return results.values().stream().anyMatch(result -> result.outcome() == ItemOutcome.IN_PROGRESS);
  }

  private synchronized BulkResult currentResult() {
    return snapshot();
  }

  private BulkResult snapshot() {
    List<ItemResult> ordered = new ArrayList<>(ids.size());
    for (String id : ids) {
      ItemResult result = results.get(id);
      ordered.add(result != null ? result
          : ItemResult.builder().id(id).outcome(ItemOutcome.IN_PROGRESS).build());
    }
    return BulkResult.builder().operation(name).items(ordered).build();
  }

  @Override
  public synchronized BulkProgress progress() {
    int succeeded = 0;
    int failed = 0;
    int inProgress = 0;
    int notAttempted = 0;
    for (ItemResult result : results.values()) {
      switch (result.outcome()) {
        case SUCCEEDED -> succeeded++;
        case FAILED -> failed++;
        case IN_PROGRESS -> inProgress++;
        default -> notAttempted++;
      }
    }
    int settled = succeeded + failed + notAttempted;
    double seconds = Math.max(1e-3, Duration.between(started, clock.instant()).toNanos() / 1e9);
    double perSecond = settled / seconds;
    int left = ids.size() - settled;
    Optional<Duration> remaining = perSecond > 0 && left > 0
        ? Optional.of(Duration.ofMillis((long) (left / perSecond * 1000))) : Optional.empty();
    RatePace pace = pace();
    return new BulkProgress(name, phase, ids.size(), succeeded, failed, idsInFlight + inProgress, notAttempted,
        perSecond, remaining, pace.rate(), pace.throttledShare());
  }

  /**
   * The client's pacing since this operation started: the learned rate of the operation it called most, and the
   * share of all attempts the provider throttled. Other calls of the same client in the meantime are counted too.
   */
  private RatePace pace() {
    long attempts = 0;
    long throttled = 0;
    long busiest = 0;
    OptionalDouble rate = OptionalDouble.empty();
    for (Map.Entry<String, AdaptiveRateLimiter.Stats> entry : limiter.snapshot().entrySet()) {
      AdaptiveRateLimiter.Stats now = entry.getValue();
      AdaptiveRateLimiter.Stats before = limiterAtStart.getOrDefault(entry.getKey(),
          new AdaptiveRateLimiter.Stats(0, 0, OptionalDouble.empty()));
      long made = now.attempts() - before.attempts();
      attempts += made;
      throttled += now.throttled() - before.throttled();
      if (made > busiest) {
        busiest = made;
        rate = now.rate();
      }
    }
    return new RatePace(rate, attempts == 0 ? 0 : (double) throttled / attempts);
  }

  private record RatePace(OptionalDouble rate, double throttledShare) {}

  private void notifyProgress() {
    options.listener().ifPresent(listener -> {
      try {
        listener.onProgress(progress());
      } catch (RuntimeException e) {
        LOG.debug("{}: progress listener failed: {}", name, e.toString());
      }
    });
  }

  private static ItemResult failure(String id, Throwable cause) {
    if (cause instanceof CloudPhoneServiceException service) {
      return ItemResult.failed(id, service.errorCode(), service.getMessage());
    }
    return ItemResult.failed(id, null, String.valueOf(cause.getMessage()));
  }


  @Override
  public String toString() {
    return "BulkOperation[" + name + ", " + ids.size() + " ids]";
  }
}
