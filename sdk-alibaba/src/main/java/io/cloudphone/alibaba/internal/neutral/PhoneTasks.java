package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.model.Task;
import io.cloudphone.core.Job;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Finds each phone's task as it stands. Every recorded task id is read with DescribeTasks by {@code TaskIds}, at most
 * {@value TaskLookup#PAGE} ids a call (the size of one answer page). A per-instance task (level 2, or one naming
 * its phone) is that phone's job. A batch task (level 1), which is what older answers and SendFile give for a
 * whole chunk, is looked into through its children ({@code ParentTaskId}); when it lists none, its own status is
 * every phone's. A task DescribeTasks does not return yet is left out, so it is asked about again.
 */
final class PhoneTasks {
  private final TaskLookup tasks;

  PhoneTasks(TaskLookup tasks) {
    this.tasks = tasks;
  }

  /** Each phone's job, for phones recorded under these task ids ({@code phonesByTask}: task id to phones). */
  CompletableFuture<Map<String, Job>> byPhone(Map<String, List<String>> phonesByTask) {
    List<Supplier<CompletableFuture<Map<String, Task>>>> reads = BoundedBatches
        .chunks(List.copyOf(phonesByTask.keySet()), TaskLookup.PAGE).stream()
        .<Supplier<CompletableFuture<Map<String, Task>>>>map(chunk -> () -> tasks.byIds(chunk)
            .thenApply(found -> byId(found, chunk)))
        .toList();
    return BoundedBatches.run(reads, BoundedBatches.PARALLEL).thenCompose(found -> {
      Map<String, Job> out = new LinkedHashMap<>();
      List<Supplier<CompletableFuture<Map<String, Job>>>> batches = new ArrayList<>();
      phonesByTask.forEach((taskId, phones) -> {
        Task task = found.get(taskId);
        if (task == null) {
          return;
        }
        Job job = AlibabaJobMapper.fromTask(task);
        if (isBatch(task)) {
          batches.add(() -> throughChildren(taskId, job, phones));
        } else {
          phones.stream().filter(phone -> job.targetId().map(phone::equals).orElse(true))
              .forEach(phone -> out.put(phone, job));
        }
      });
      return BoundedBatches.run(batches, BoundedBatches.PARALLEL).thenApply(more -> {
        out.putAll(more);
        return out;
      });
    });
  }

  /** A batch task covers several instances: level 1, or (without a level) one that names no instance. */
  static boolean isBatch(Task task) {
    return task.level().map(level -> level == 1)
        .orElseGet(() -> task.instanceId().or(task::resourceId).filter(id -> !id.isEmpty()).isEmpty());
  }

  private CompletableFuture<Map<String, Job>> throughChildren(String taskId, Job batch, List<String> phones) {
    return tasks.children(taskId).thenApply(children -> {
      Map<String, Job> out = new LinkedHashMap<>();
      if (children.isEmpty()) {
        phones.forEach(phone -> out.put(phone, batch));
        return out;
      }
      children.stream().map(AlibabaJobMapper::fromTask).forEach(job -> job.targetId().filter(phones::contains)
          .ifPresent(phone -> out.put(phone, job)));
      return out;
    });
  }

  private static Map<String, Task> byId(List<Task> found, List<String> wanted) {
    Map<String, Task> out = new LinkedHashMap<>();
    found.forEach(task -> task.taskId().filter(wanted::contains).ifPresent(id -> out.put(id, task)));
    return out;
  }
}
