package io.cloudphone.core.internal;

import io.cloudphone.core.bulk.ItemResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A provider's way to find out how accepted items ended (jobs, tasks, or the targets' own status). */
@FunctionalInterface
public interface CompletionPoller {
  /** Looks up these IN_PROGRESS items and returns fresh results for those it learned about. */
  CompletableFuture<Map<String, ItemResult>> poll(List<ItemResult> pending);

  /** A poller for operations whose accepted items are already final. */
  static CompletionPoller none() {
    return pending -> CompletableFuture.completedFuture(Map.of());
  }
}
