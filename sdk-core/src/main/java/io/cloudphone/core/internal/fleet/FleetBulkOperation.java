package io.cloudphone.core.internal.fleet;

import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkProgress;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.BulkTimeoutException;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.bulk.ProgressListener;
import io.cloudphone.core.internal.Futures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One bulk operation over several members: each member runs its own part (its own chunking, pacing and
 * polling) at the same time as the others, and the results are merged so that every input id appears exactly
 * once, in input order. A member that fails as a whole fails only its own ids, each with the reason.
 */
final class FleetBulkOperation implements BulkOperation {
  private final String name;
  private final FleetRouter.Routing routing;
  private final Optional<ProgressListener> listener;
  private final FleetIndex index;
  private final Map<String, BulkOperation> parts = new LinkedHashMap<>();
  private final Map<String, RuntimeException> startFailures = new LinkedHashMap<>();
  private final Map<String, BulkProgress> latest = new ConcurrentHashMap<>();

  FleetBulkOperation(String name, FleetRouter.Routing routing, Optional<ProgressListener> listener,
      FleetIndex index) {
    this.name = name;
    this.routing = routing;
    this.listener = listener;
    this.index = index;
  }

  /** Starts each member's part; {@code start} gets the member's name, its ids and its progress listener. */
  FleetBulkOperation start(PartStarter start) {
    routing.parts().forEach((member, ids) -> {
      ProgressListener forward = progress -> {
        latest.put(member, progress);
        notifyProgress();
      };
      try {
        BulkOperation part = start.start(member, ids, forward);
        synchronized (this) {
          parts.put(member, part);
        }
      } catch (RuntimeException e) {
        synchronized (this) {
          startFailures.put(member, e);
        }
      }
    });
    notifyProgress();
    return this;
  }

  /** Starts one member's part of the operation. */
  @FunctionalInterface
  interface PartStarter {
    /** Starts the operation on {@code member} for {@code ids}, reporting progress to {@code progress}. */
    BulkOperation start(String member, List<String> ids, ProgressListener progress);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> ids() {
    return routing.ids();
  }

  @Override
  public BulkProgress progress() {
    int succeeded = 0;
    int failed = routing.unrouted().size();
    int inFlight = 0;
    int notAttempted = 0;
    double perSecond = 0;
    Optional<Duration> remaining = Optional.empty();
    boolean submitting = false;
    boolean awaiting = false;
    for (Map.Entry<String, List<String>> part : routing.parts().entrySet()) {
      BulkProgress p = memberProgress(part.getKey(), part.getValue().size());
      succeeded += p.succeeded();
      failed += p.failed();
      inFlight += p.inFlight();
      notAttempted += p.notAttempted();
      perSecond += p.perSecond();
      submitting |= p.phase() == BulkProgress.Phase.SUBMITTING;
      awaiting |= p.phase() == BulkProgress.Phase.AWAITING;
      if (p.estimatedRemaining().isPresent() && (remaining.isEmpty()
          || p.estimatedRemaining().get().compareTo(remaining.get()) > 0)) {
        remaining = p.estimatedRemaining();
      }
    }
    BulkProgress.Phase phase = submitting ? BulkProgress.Phase.SUBMITTING
        : awaiting ? BulkProgress.Phase.AWAITING : BulkProgress.Phase.DONE;
    return new BulkProgress(name, phase, routing.ids().size(), succeeded, failed, inFlight, notAttempted,
        perSecond, remaining);
  }

  private BulkProgress memberProgress(String member, int size) {
    BulkOperation part;
    RuntimeException failure;
    synchronized (this) {
      part = parts.get(member);
      failure = startFailures.get(member);
    }
    if (failure != null) {
      return new BulkProgress(name, BulkProgress.Phase.DONE, size, 0, size, 0, 0, 0, Optional.empty());
    }
    if (part != null) {
      return part.progress();
    }
    BulkProgress seen = latest.get(member);
    return seen != null ? seen
        : new BulkProgress(name, BulkProgress.Phase.SUBMITTING, size, 0, 0, size, 0, 0, Optional.empty());
  }

  private void notifyProgress() {
    listener.ifPresent(l -> l.onProgress(progress()));
  }

  @Override
  public void cancel() {
    List<BulkOperation> running;
    synchronized (this) {
      running = new ArrayList<>(parts.values());
    }
    running.forEach(BulkOperation::cancel);
  }

  @Override
  public CompletableFuture<BulkResult> submitted() {
    return merged(BulkOperation::submitted).thenApply(outcome -> outcome.result);
  }

  @Override
  public BulkResult awaitCompletion(Duration timeout) {
    try {
      return completion(timeout).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public CompletableFuture<BulkResult> completion(Duration timeout) {
    return merged(part -> part.completion(timeout)).thenCompose(outcome -> outcome.timedOut
        ? CompletableFuture.failedFuture(new BulkTimeoutException(outcome.result))
        : CompletableFuture.completedFuture(outcome.result));
  }

  /** Waits for every member's part and merges them; a member's timeout keeps its partial result. */
  private CompletableFuture<Merged> merged(Function<BulkOperation, CompletableFuture<BulkResult>> stage) {
    Map<String, BulkOperation> running;
    Map<String, RuntimeException> failures;
    synchronized (this) {
      running = new LinkedHashMap<>(parts);
      failures = new LinkedHashMap<>(startFailures);
    }
    Map<String, BulkResult> results = new ConcurrentHashMap<>();
    Map<String, Throwable> errors = new ConcurrentHashMap<>(failures);
    AtomicBoolean timedOut = new AtomicBoolean();
    List<CompletableFuture<?>> waits = new ArrayList<>();
    running.forEach((member, part) -> waits.add(stage.apply(part).handle((result, error) -> {
      Throwable cause = Futures.unwrap(error);
      if (cause instanceof BulkTimeoutException timeout) {
        timedOut.set(true);
        results.put(member, timeout.partialResult());
      } else if (cause != null) {
        errors.put(member, cause);
      } else {
        results.put(member, result);
      }
      return null;
    })));
    return CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new))
        .thenApply(done -> new Merged(merge(results, errors), timedOut.get()));
  }

  private BulkResult merge(Map<String, BulkResult> results, Map<String, Throwable> errors) {
    Map<String, String> memberOf = new LinkedHashMap<>();
    routing.parts().forEach((member, ids) -> ids.forEach(id -> memberOf.put(id, member)));
    List<ItemResult> items = new ArrayList<>(routing.ids().size());
    for (String id : routing.ids()) {
      ItemResult unrouted = routing.unrouted().get(id);
      if (unrouted != null) {
        items.add(unrouted);
        continue;
      }
      String member = memberOf.get(id);
      Optional<ItemResult> reported = Optional.ofNullable(results.get(member)).flatMap(result -> result.item(id));
      ItemResult item;
      if (reported.isPresent()) {
        item = ItemResult.builder().from(reported.get()).member(member).build();
      } else {
        Throwable error = errors.get(member);
        item = ItemResult.builder().from(error != null ? memberFailed(id, member, error)
            : ItemResult.failed(id, null, "fleet member " + member + " did not report this id")).member(member)
            .build();
      }
      item.jobId().ifPresent(job -> index.record(Kind.JOB, job, member));
      items.add(item);
    }
    return BulkResult.builder().operation(name).items(items).build();
  }

  private static ItemResult memberFailed(String id, String member, Throwable error) {
    String code = error instanceof CloudPhoneServiceException service ? service.errorCode() : null;
    return ItemResult.failed(id, code, "fleet member " + member + " failed: " + FleetRouter.reason(error));
  }


  @Override
  public String toString() {
    return "BulkOperation[" + name + ", " + routing.ids().size() + " ids across " + routing.parts().size()
        + " fleet members]";
  }

  /** A merged result and whether some member ran out of time. */
  private record Merged(BulkResult result, boolean timedOut) {}
}
