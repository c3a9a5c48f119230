package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.DescribeTasksRequest;
import io.cloudphone.alibaba.model.DescribeTasksResponse;
import io.cloudphone.alibaba.model.Task;
import io.cloudphone.core.Job;
import io.cloudphone.core.Jobs;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.BulkEngine;
import io.cloudphone.core.internal.Futures;
import io.cloudphone.core.internal.Validate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Alibaba tasks (DescribeTasks) and command invocations (DescribeInvocations) as neutral {@link Jobs}.
 *
 * <p>A job id is a task id, or a RunCommand InvokeId, which DescribeTasks also accepts as {@code InvokeId}. The
 * jobs of a shell-command bulk operation are its phones' invocations (one per phone, all with the InvokeId as
 * id); those of restart, reset, InstallApp and SendFile are each phone's own task (the per-instance task the answer
 * named, or the batch task's child for that phone). Start and stop, whose answers name no task, are followed
 * through the phones' status and have no jobs; so have the phones of a restart or reset whose answer named none.
 */
public final class AlibabaJobs implements Jobs {
  private final AlibabaCloudPhoneClient client;
  private final BulkEngine engine;
  private final TaskLookup tasks;
  private final InvocationPoller invocations;
  private final PhoneTasks phoneTasks;

  /** Jobs of {@code client}, awaited on {@code engine}. */
  public AlibabaJobs(AlibabaCloudPhoneClient client, BulkEngine engine) {
    this.client = client;
    this.engine = engine;
    this.tasks = new TaskLookup(client);
    this.invocations = new InvocationPoller(client);
    this.phoneTasks = new PhoneTasks(tasks);
  }

  @Override
  public Job get(String jobId) {
    Validate.id("jobId", jobId);
    DescribeTasksResponse byId = client.describeTasks(DescribeTasksRequest.builder().addTaskIds(jobId).build());
    Optional<Task> task = byId.data().stream().filter(t -> t.taskId().filter(jobId::equals).isPresent())
        .findFirst();
    if (task.isEmpty()) {
      DescribeTasksResponse byInvoke = client.describeTasks(
          DescribeTasksRequest.builder().invokeId(jobId).level(1).build());
      task = byInvoke.data().stream().findFirst();
    }
    return task.map(AlibabaJobMapper::fromTask).orElseThrow(() -> NotFound.of("TaskNotFound",
        "no task or command run has id " + jobId, byId.requestId(), "DescribeTasks"));
  }

  @Override
  public List<Job> list(BulkResult result) {
    Validate.notNull("result", result);
    Map<String, List<String>> phonesByJob = new LinkedHashMap<>();
    result.items().forEach(item -> item.jobId().ifPresent(job ->
        phonesByJob.computeIfAbsent(job, k -> new ArrayList<>()).add(item.id())));
    boolean commands = AlibabaPhones.RUN_SHELL_COMMAND.equals(result.operation());
    Map<String, Job> byPhone;
    if (commands) {
      List<Supplier<CompletableFuture<Map<String, Job>>>> calls = new ArrayList<>();
      phonesByJob.forEach((job, phones) -> BoundedBatches.chunks(phones, InvocationPoller.IDS_PER_CALL)
          .forEach(chunk -> calls.add(() -> invocations.jobs(job, chunk).thenApply(jobs -> byTarget(jobs, chunk)))));
      byPhone = Futures.join(BoundedBatches.run(calls, BoundedBatches.PARALLEL));
    } else {
      byPhone = Futures.join(phoneTasks.byPhone(phonesByJob));
    }
    Set<Job> ordered = new LinkedHashSet<>();
    result.items().forEach(item -> Optional.ofNullable(byPhone.get(item.id())).ifPresent(ordered::add));
    return List.copyOf(ordered);
  }

  @Override
  public List<Job> await(Collection<String> jobIds, Duration timeout) {
    Validate.ids("jobIds", jobIds);
    Validate.positive("timeout", timeout);
    Map<String, Job> latest = new ConcurrentHashMap<>();
    BulkOperation waiting = engine.start("await jobs", jobIds, TaskLookup.PAGE, AlibabaPhones.DEFAULT_RATE,
        BulkOptions.defaults(), chunk -> look(chunk, latest),
        pending -> look(pending.stream().map(ItemResult::id).toList(), latest));
    BulkResult done = waiting.awaitCompletion(timeout);
    List<Job> jobs = new ArrayList<>();
    for (String id : done.byId().keySet()) {
      Job job = latest.get(id);
      if (job == null) {
        throw NotFound.of("TaskNotFound", "no task or command run has id " + id, Optional.empty(),
            "DescribeTasks");
      }
      jobs.add(job);
    }
    return jobs;
  }

  /** Looks up job ids as task ids, then the rest as InvokeIds, recording each job and its item result. */
  private CompletableFuture<Map<String, ItemResult>> look(List<String> ids, Map<String, Job> latest) {
    return tasks.byIds(ids).thenCompose(found -> {
      Map<String, ItemResult> out = new ConcurrentHashMap<>();
      found.forEach(task -> task.taskId().filter(ids::contains).ifPresent(id -> record(id, task, latest, out)));
      List<Supplier<CompletableFuture<Map<String, ItemResult>>>> rest = new ArrayList<>();
      ids.stream().filter(id -> !out.containsKey(id)).forEach(id -> rest.add(() -> tasks.byInvokeId(id)
          .thenApply(byInvoke -> {
            Map<String, ItemResult> one = new LinkedHashMap<>();
            batchTask(byInvoke).ifPresentOrElse(task -> record(id, task, latest, one),
                () -> one.put(id, ItemResult.failed(id, "TaskNotFound", "no task or command run has this id")));
            return one;
          })));
      return BoundedBatches.run(rest, BoundedBatches.PARALLEL).thenApply(more -> {
        out.putAll(more);
        return out;
      });
    });
  }

  private static void record(String id, Task task, Map<String, Job> latest, Map<String, ItemResult> out) {
    Job job = AlibabaJobMapper.fromTask(task);
    latest.put(id, job);
    out.put(id, ItemResults.fromJob(id, job));
  }

  private static Map<String, Job> byTarget(List<Job> jobs, List<String> phones) {
    Map<String, Job> out = new LinkedHashMap<>();
    jobs.forEach(job -> job.targetId().filter(phones::contains).ifPresent(phone -> out.put(phone, job)));
    return out;
  }

  /** The batch (level 1) task among those a request created, or the first when none is marked. */
  private static Optional<Task> batchTask(List<Task> found) {
    return found.stream().filter(t -> t.level().filter(level -> level == 1).isPresent()).findFirst()
        .or(() -> found.stream().findFirst());
  }
}
