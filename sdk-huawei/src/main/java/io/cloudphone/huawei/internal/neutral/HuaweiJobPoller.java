package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.Job;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.CompletionPoller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/** Learns how accepted bulk items ended by reading their jobs (see {@link HuaweiJobFetcher}). */
final class HuaweiJobPoller implements CompletionPoller {
  private final HuaweiJobFetcher fetcher;
  private final BiConsumer<String, Job> seen;

  /** A poller that also hands every job it reads to {@code seen} (item id, job). */
  HuaweiJobPoller(HuaweiJobFetcher fetcher, BiConsumer<String, Job> seen) {
    this.fetcher = fetcher;
    this.seen = seen;
  }

  /** A poller that only reports item results. */
  HuaweiJobPoller(HuaweiJobFetcher fetcher) {
    this(fetcher, (item, job) -> { });
  }

  @Override
  public CompletableFuture<Map<String, ItemResult>> poll(List<ItemResult> pending) {
    Map<String, String> itemByJob = new HashMap<>();
    for (ItemResult item : pending) {
      item.jobId().ifPresent(jobId -> itemByJob.put(jobId, item.id()));
    }
    return fetcher.fetch(itemByJob.keySet()).thenApply(fetched -> {
      Map<String, ItemResult> updates = new HashMap<>();
      fetched.jobs().forEach((jobId, job) -> {
        String itemId = itemByJob.get(jobId);
        seen.accept(itemId, job);
        updates.put(itemId, HuaweiJobMapper.toItemResult(itemId, job));
      });
      for (String jobId : fetched.notFound()) {
        String itemId = itemByJob.get(jobId);
        updates.put(itemId, ItemResult.builder().id(itemId).outcome(ItemOutcome.FAILED).jobId(jobId)
            .errorMessage("Huawei CPH no longer knows job " + jobId).build());
      }
      return updates;
    });
  }
}
