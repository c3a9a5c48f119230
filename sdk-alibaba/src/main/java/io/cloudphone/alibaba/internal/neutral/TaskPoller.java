package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.CompletionPoller;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Follows each phone's recorded task through DescribeTasks ({@link PhoneTasks}): its own per-instance task where the
 * answer gave one, otherwise the batch task's child for it, with the task's ErrorCode and ErrorMsg when it failed.
 * Each phone keeps the task id it was recorded under, which is what the next poll and {@code jobs().list} read.
 */
final class TaskPoller implements CompletionPoller {
  private final PhoneTasks tasks;

  TaskPoller(TaskLookup tasks) {
    this.tasks = new PhoneTasks(tasks);
  }

  @Override
  public CompletableFuture<Map<String, ItemResult>> poll(List<ItemResult> pending) {
    Map<String, List<String>> byJob = new LinkedHashMap<>();
    Map<String, String> jobOf = new HashMap<>();
    pending.forEach(item -> item.jobId().ifPresent(job -> {
      byJob.computeIfAbsent(job, k -> new ArrayList<>()).add(item.id());
      jobOf.put(item.id(), job);
    }));
    return tasks.byPhone(byJob).thenApply(jobs -> {
      Map<String, ItemResult> updates = new HashMap<>();
      jobs.forEach((phone, job) -> updates.put(phone, ItemResults.fromJob(phone, job, jobOf.get(phone))));
      return updates;
    });
  }
}
