package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.model.Task;
import io.cloudphone.core.Job;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.CompletionPoller;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Follows InstallApp and SendFile through DescribeTasks: the per-instance child tasks of each batch task give each
 * phone's outcome, with the task's own ErrorCode and ErrorMsg when it failed. When Alibaba lists no children, the
 * batch task's status applies to all of its phones.
 */
final class TaskPoller implements CompletionPoller {
  private final TaskLookup tasks;

  TaskPoller(TaskLookup tasks) {
    this.tasks = tasks;
  }

  @Override
  public CompletableFuture<Map<String, ItemResult>> poll(List<ItemResult> pending) {
    Map<String, List<String>> byJob = new LinkedHashMap<>();
    pending.forEach(item -> item.jobId().ifPresent(job ->
        byJob.computeIfAbsent(job, k -> new ArrayList<>()).add(item.id())));
    List<Supplier<CompletableFuture<Map<String, ItemResult>>>> calls = byJob.entrySet().stream()
        .<Supplier<CompletableFuture<Map<String, ItemResult>>>>map(e -> () -> lookUp(e.getKey(), e.getValue()))
        .toList();
    return BoundedBatches.run(calls, BoundedBatches.PARALLEL);
  }

  private CompletableFuture<Map<String, ItemResult>> lookUp(String taskId, List<String> phoneIds) {
    return tasks.children(taskId).thenCompose(children -> {
      if (!children.isEmpty()) {
        return CompletableFuture.completedFuture(fromChildren(taskId, children, phoneIds));
      }
      return tasks.byIds(List.of(taskId)).thenApply(batch -> fromBatch(taskId, batch, phoneIds));
    });
  }

  private static Map<String, ItemResult> fromChildren(String taskId, List<Task> children, List<String> phoneIds) {
    Map<String, Job> byPhone = new HashMap<>();
    children.forEach(child -> {
      Job job = AlibabaJobMapper.fromTask(child);
      job.targetId().ifPresent(phone -> byPhone.put(phone, job));
    });
    Map<String, ItemResult> updates = new HashMap<>();
    phoneIds.forEach(id -> {
      Job job = byPhone.get(id);
      if (job != null) {
        updates.put(id, ItemResults.fromJob(id, job, taskId));
      }
    });
    return updates;
  }

  private static Map<String, ItemResult> fromBatch(String taskId, List<Task> batch, List<String> phoneIds) {
    Map<String, ItemResult> updates = new HashMap<>();
    batch.stream().filter(task -> task.taskId().filter(taskId::equals).isPresent()).findFirst()
        .map(AlibabaJobMapper::fromTask)
        .ifPresent(job -> phoneIds.forEach(id -> updates.put(id, ItemResults.fromJob(id, job, taskId))));
    return updates;
  }
}
