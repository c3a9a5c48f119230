package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.AndroidInstance;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.Task;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.InFlightCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * On resume, what eds-aic shows of requests sent before the crash without a recorded answer, looked up in batches
 * of 100 instances: for start and stop the instances' state (DescribeAndroidInstances), for the others each
 * instance's own task of the operation's type started since the request was sent (DescribeTasks by ResourceIds,
 * TaskTypes and Level 2).
 */
final class AlibabaInFlightCheck {
  /**
   * How far the service's clock may be behind ours: a task that started more than this before the request was sent
   * predates it.
   */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private AlibabaInFlightCheck() {}

  /**
   * Start and stop, whose answer names no task: an instance in {@code transitional} (STARTING, STOPPING) is adopted
   * and followed through its state; one already in {@code target} (RUNNING, STOPPED) is done.
   */
  static InFlightCheck byState(AlibabaCloudPhoneClient client, String transitional, String target) {
    return InFlightCheck.of("DescribeAndroidInstances shows the instance neither " + transitional + " nor "
        + target, sentAt -> {
          List<Supplier<CompletableFuture<Map<String, ItemResult>>>> calls = BoundedBatches
              .chunks(List.copyOf(sentAt.keySet()), InstanceStatePoller.IDS_PER_CALL).stream()
              .<Supplier<CompletableFuture<Map<String, ItemResult>>>>map(chunk -> () -> states(client, chunk,
                  transitional, target))
              .toList();
          return strict(calls);
        });
  }

  private static CompletableFuture<Map<String, ItemResult>> states(AlibabaCloudPhoneClient client,
      List<String> chunk, String transitional, String target) {
    DescribeAndroidInstancesRequest request = DescribeAndroidInstancesRequest.builder().androidInstanceIds(chunk)
        .maxResults(InstanceStatePoller.IDS_PER_CALL).build();
    return client.async().describeAndroidInstances(request).thenApply(response -> {
      Map<String, ItemResult> out = new HashMap<>();
      for (AndroidInstance instance : response.instanceModel()) {
        String id = instance.androidInstanceId().orElse("");
        String status = instance.androidInstanceStatus().orElse("");
        if (!chunk.contains(id)) {
          continue;
        }
        if (status.equals(transitional)) {
          out.put(id, ItemResults.inProgress(id, Optional.empty()));
        } else if (status.equals(target)) {
          out.put(id, ItemResult.builder().id(id).outcome(ItemOutcome.SUCCEEDED).build());
        }
      }
      return out;
    });
  }

  /**
   * Operations that leave a task per instance: the latest task of {@code taskTypes} on each instance that started
   * since its request was sent and matches the operation's inputs ({@code inputs}, e.g. the app id in its Param) is
   * adopted under the id {@code jobOf} gives (the task id, or a command's InvokeId), or reported when it already
   * ended.
   */
  static InFlightCheck byTask(TaskLookup tasks, List<String> taskTypes, Predicate<Task> inputs,
      Function<Task, Optional<String>> jobOf) {
    return InFlightCheck.of("DescribeTasks shows no " + String.join(" or ", taskTypes)
        + " task on the instance since then", sentAt -> {
          List<Supplier<CompletableFuture<Map<String, ItemResult>>>> calls = BoundedBatches
              .chunks(List.copyOf(sentAt.keySet()), TaskLookup.PAGE).stream()
              .<Supplier<CompletableFuture<Map<String, ItemResult>>>>map(chunk -> () -> tasks
                  .onInstances(chunk, taskTypes).thenApply(found -> traced(found, sentAt, inputs, jobOf)))
              .toList();
          return strict(calls);
        });
  }

  private static Map<String, ItemResult> traced(List<Task> found, Map<String, Instant> sentAt, Predicate<Task> inputs,
      Function<Task, Optional<String>> jobOf) {
    Map<String, Task> latest = new LinkedHashMap<>();
    for (Task task : found) {
      Optional<String> instance = task.instanceId().or(task::resourceId).filter(sentAt::containsKey);
      Optional<Instant> started = task.startTime();
      if (instance.isEmpty() || started.isEmpty() || !inputs.test(task)
          || started.get().isBefore(sentAt.get(instance.get()).minus(CLOCK_SKEW))) {
        continue;
      }
      latest.merge(instance.get(), task, (a, b) -> b.startTime().orElseThrow().isBefore(a.startTime().orElseThrow())
          ? a : b);
    }
    Map<String, ItemResult> out = new HashMap<>();
    latest.forEach((id, task) -> {
      Optional<String> job = jobOf.apply(task).filter(value -> !value.isEmpty());
      out.put(id, ItemResults.fromJob(id, AlibabaJobMapper.fromTask(task), job.orElse("")));
    });
    return out;
  }

  /** Runs the look-ups; unlike polling, a failed one fails the check (its ids cannot be said to show nothing). */
  private static CompletableFuture<Map<String, ItemResult>> strict(
      List<Supplier<CompletableFuture<Map<String, ItemResult>>>> calls) {
    Map<String, ItemResult> merged = new HashMap<>();
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (Supplier<CompletableFuture<Map<String, ItemResult>>> call : calls) {
      chain = chain.thenCompose(done -> call.get()).thenAccept(found -> {
        synchronized (merged) {
          merged.putAll(found);
        }
      });
    }
    return chain.thenApply(done -> Map.copyOf(merged));
  }
}
