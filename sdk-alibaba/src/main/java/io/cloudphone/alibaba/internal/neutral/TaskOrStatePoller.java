package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.CompletionPoller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Follows restart and reset per phone: a phone the answer gave its own task ({@code Tasks.ChildTasks}) is followed
 * through that task; one it gave none (an older answer, or a phone left out) through its instance status.
 */
final class TaskOrStatePoller implements CompletionPoller {
  private final CompletionPoller tasks;
  private final CompletionPoller states;

  TaskOrStatePoller(CompletionPoller tasks, CompletionPoller states) {
    this.tasks = tasks;
    this.states = states;
  }

  @Override
  public CompletableFuture<Map<String, ItemResult>> poll(List<ItemResult> pending) {
    List<ItemResult> withTask = pending.stream().filter(item -> item.jobId().isPresent()).toList();
    List<ItemResult> withoutTask = pending.stream().filter(item -> item.jobId().isEmpty()).toList();
    CompletableFuture<Map<String, ItemResult>> byTask = withTask.isEmpty()
        ? CompletableFuture.completedFuture(Map.of()) : tasks.poll(withTask);
    CompletableFuture<Map<String, ItemResult>> byState = withoutTask.isEmpty()
        ? CompletableFuture.completedFuture(Map.of()) : states.poll(withoutTask);
    return byTask.thenCombine(byState, (a, b) -> {
      Map<String, ItemResult> out = new HashMap<>(a);
      out.putAll(b);
      return out;
    });
  }
}
