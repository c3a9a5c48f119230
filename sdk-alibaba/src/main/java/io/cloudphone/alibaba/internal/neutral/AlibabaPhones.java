package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.AppChildTask;
import io.cloudphone.alibaba.model.ChildTask;
import io.cloudphone.alibaba.model.ChildTaskGroup;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesResponse;
import io.cloudphone.alibaba.model.InstallAppRequest;
import io.cloudphone.alibaba.model.InstallAppResponse;
import io.cloudphone.alibaba.model.ModifyAndroidInstanceRequest;
import io.cloudphone.alibaba.model.RebootAndroidInstancesInGroupRequest;
import io.cloudphone.alibaba.model.RebootAndroidInstancesInGroupResponse;
import io.cloudphone.alibaba.model.ResetAndroidInstancesInGroupRequest;
import io.cloudphone.alibaba.model.ResetAndroidInstancesInGroupResponse;
import io.cloudphone.alibaba.model.RunCommandInfo;
import io.cloudphone.alibaba.model.RunCommandRequest;
import io.cloudphone.alibaba.model.RunCommandResponse;
import io.cloudphone.alibaba.model.RunSyncCommandRequest;
import io.cloudphone.alibaba.model.RunSyncCommandResponse;
import io.cloudphone.alibaba.model.StartAndroidInstanceRequest;
import io.cloudphone.alibaba.model.StopAndroidInstanceRequest;
import io.cloudphone.alibaba.model.SyncCommandResult;
import io.cloudphone.core.Job;
import io.cloudphone.core.Page;
import io.cloudphone.core.Paged;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.Phones;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.BulkEngine;
import io.cloudphone.core.internal.ChunkSubmitter;
import io.cloudphone.core.internal.CompletionPoller;
import io.cloudphone.core.internal.LazyPaged;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Alibaba Android instances as neutral {@link Phones}, over the typed client's asynchronous methods.
 *
 * <ul>
 *   <li>start, stop: StartAndroidInstance and StopAndroidInstance with up to {@value #INSTANCE_BATCH} ids a request;
 *       they return no task, so completion is followed with DescribeAndroidInstances until each phone is RUNNING
 *       (STOPPED for stop).
 *   <li>restart, reset: RebootAndroidInstancesInGroup and ResetAndroidInstancesInGroup, up to {@value #INSTANCE_BATCH}
 *       ids a request. Their answer names each instance's own task ({@code Tasks.ChildTasks}); each phone records
 *       that task as its job id and is followed through DescribeTasks (by TaskIds, 100 a call). A phone the answer
 *       names no task for (an older service answer) is followed through its status instead, until RUNNING.
 *   <li>runShellCommand: for at most {@value #SYNC_MAX_PHONES} phones one RunSyncCommand, whose answer carries the
 *       output of runs that finish within {@value #SYNC_WAIT_MILLIS} ms (see {@link #runShellCommand}); otherwise
 *       RunCommand, at most {@value #RUN_COMMAND_BATCH} instances a request (documented). Each phone records its own
 *       invocation ({@code RunCommandInfos}, else the run's InvokeId), followed through DescribeInvocations for its
 *       status and output.
 *   <li>installApp: InstallApp with {@code source} as the app id (from CreateApp); each phone records its own child
 *       task ({@code ChildTaskInfo}), else the batch task. pushFile: SendFile from an {@code oss://} URL (through the
 *       region's internal OSS endpoint) or a public {@code http(s)} link, each phone under the task its {@code Data}
 *       names. Both are followed through DescribeTasks.
 * </ul>
 */
public final class AlibabaPhones implements Phones {
  /** Ids per Start/Stop/Reboot/Reset request: no documented maximum; 100 is DescribeAndroidInstances' page. */
  static final int INSTANCE_BATCH = 100;
  /** RunCommand accepts at most 50 instances a request. */
  static final int RUN_COMMAND_BATCH = 50;
  /** Most distinct phones runShellCommand sends through RunSyncCommand: its InstanceIds take 1 to 50. */
  static final int SYNC_MAX_PHONES = 50;
  /** WaitTime of RunSyncCommand: the longest it accepts (500 to 3000 ms), so that most short commands finish. */
  static final long SYNC_WAIT_MILLIS = 3000;
  /** Ids per InstallApp or SendFile request: no documented maximum, so the same 100. */
  static final int TASK_BATCH = 100;
  /** Requests a second when the options set none: the eds-aic reference publishes no per-API rate, so stay low. */
  static final double DEFAULT_RATE = 5.0;

  /** Name of the shell-command operation; {@link AlibabaJobs#list} reads its jobs as invocations. */
  static final String RUN_SHELL_COMMAND = "run shell command on phones";

  private final AlibabaCloudPhoneClient client;
  private final BulkEngine engine;
  private final TaskLookup tasks;

  /** Phones of {@code client}, with bulk operations started on {@code engine}. */
  public AlibabaPhones(AlibabaCloudPhoneClient client, BulkEngine engine) {
    this.client = client;
    this.engine = engine;
    this.tasks = new TaskLookup(client);
  }

  @Override
  public Paged<Phone> list(PhoneFilter filter) {
    DescribeAndroidInstancesRequest.Builder base = DescribeAndroidInstancesRequest.builder()
        .maxResults(InstanceStatePoller.IDS_PER_CALL);
    // NodeId is marked "not available for public use" in the reference, but it is the only node filter there is.
    filter.serverId().ifPresent(base::nodeId);
    filter.name().ifPresent(base::androidInstanceName);
    filter.instanceGroupId().ifPresent(base::instanceGroupId);
    base.tag(AlibabaTags.toList(filter.tags()));
    Optional<String> serverStatus = filter.status().map(AlibabaPhoneStatusMapper::providerValues)
        .filter(values -> values.size() == 1).map(values -> values.get(0));
    serverStatus.ifPresent(base::status);
    boolean clientSide = filter.status().isPresent() && serverStatus.isEmpty();
    DescribeAndroidInstancesRequest request = base.build();
    return LazyPaged.of("DescribeAndroidInstances", token -> {
      DescribeAndroidInstancesResponse response = client.describeAndroidInstances(
          DescribeAndroidInstancesRequest.builder().from(request).nextToken(token).build());
      List<Phone> phones = response.instanceModel().stream()
          .map(instance -> AlibabaPhoneMapper.toPhone(instance, filter.serverId()))
          .filter(phone -> filter.status().map(wanted -> wanted == phone.status()).orElse(true))
          .toList();
      return new Page<>(phones, response.nextToken().filter(next -> !next.isEmpty()),
          clientSide ? Optional.empty() : response.totalCount());
    });
  }

  @Override
  public Phone get(String phoneId) {
    DescribeAndroidInstancesResponse response = client.describeAndroidInstances(
        DescribeAndroidInstancesRequest.builder().addAndroidInstanceIds(phoneId).build());
    return response.instanceModel().stream()
        .filter(instance -> instance.androidInstanceId().filter(phoneId::equals).isPresent())
        .findFirst()
        .map(instance -> AlibabaPhoneMapper.toPhone(instance, Optional.empty()))
        .orElseThrow(() -> NotFound.of("InstanceNotFound", "Android instance " + phoneId + " does not exist",
            response.requestId(), "DescribeAndroidInstances"));
  }

  @Override
  public BulkOperation start(Collection<String> phoneIds, BulkOptions options) {
    return instanceAction("start phones", phoneIds, options, PhoneStatus.RUNNING, chunk -> client.async()
        .startAndroidInstance(StartAndroidInstanceRequest.builder().androidInstanceIds(chunk).build()));
  }

  @Override
  public BulkOperation stop(Collection<String> phoneIds, BulkOptions options) {
    return instanceAction("stop phones", phoneIds, options, PhoneStatus.STOPPED, chunk -> client.async()
        .stopAndroidInstance(StopAndroidInstanceRequest.builder().androidInstanceIds(chunk).build()));
  }

  @Override
  public BulkOperation restart(Collection<String> phoneIds, BulkOptions options) {
    return followedByTask("restart phones", phoneIds, options, chunk -> client.async()
        .rebootAndroidInstancesInGroup(RebootAndroidInstancesInGroupRequest.builder()
            .androidInstanceIds(chunk).build())
        .thenApply(RebootAndroidInstancesInGroupResponse::tasks));
  }

  @Override
  public BulkOperation reset(Collection<String> phoneIds, BulkOptions options) {
    return followedByTask("reset phones", phoneIds, options, chunk -> client.async()
        .resetAndroidInstancesInGroup(ResetAndroidInstancesInGroupRequest.builder()
            .androidInstanceIds(chunk).build())
        .thenApply(ResetAndroidInstancesInGroupResponse::tasks));
  }

  @Override
  public void rename(String phoneId, String newName) {
    client.modifyAndroidInstance(ModifyAndroidInstanceRequest.builder()
        .androidInstanceId(phoneId).newAndroidInstanceName(newName).build());
  }

  /**
   * Runs {@code command} on each phone. When there are at most {@value #SYNC_MAX_PHONES} distinct phones, that is
   * when they all fit in one RunSyncCommand call, it makes that one call with the longest WaitTime
   * ({@value #SYNC_WAIT_MILLIS} ms): a short command's output then comes back in the same answer, with no polling.
   * A phone whose run outlasts the wait is followed through DescribeInvocations under the InvocationId the answer
   * gave it; a phone the answer gives no result for fails rather than being run again, as a command may not be
   * safe to repeat. More phones go through RunCommand ({@value #RUN_COMMAND_BATCH} a request) and
   * DescribeInvocations, since RunSyncCommand would hold a connection for up to the wait per 50 phones.
   */
  @Override
  public BulkOperation runShellCommand(Collection<String> phoneIds, String command, BulkOptions options) {
    Objects.requireNonNull(command, "command");
    ChunkSubmitter submitter = usesSyncCommand(phoneIds)
        ? chunk -> client.async().runSyncCommand(RunSyncCommandRequest.builder().instanceIds(chunk)
            .commandContent(command).waitTime(SYNC_WAIT_MILLIS).build())
            .thenApply(response -> syncResults(chunk, response))
        : chunk -> client.async()
            .runCommand(RunCommandRequest.builder().instanceIds(chunk).commandContent(command).build())
            .thenApply(response -> invocations(chunk, response));
    return engine.start(RUN_SHELL_COMMAND, phoneIds, RUN_COMMAND_BATCH, DEFAULT_RATE, options, submitter,
        new InvocationPoller(client));
  }

  /** Whether {@link #runShellCommand} uses RunSyncCommand: all distinct phones fit in one call. */
  static boolean usesSyncCommand(Collection<String> phoneIds) {
    return phoneIds.stream().distinct().count() <= SYNC_MAX_PHONES;
  }

  /**
   * Each phone's RunSyncCommand result: final when its run finished within the wait, else IN_PROGRESS under its
   * InvocationId; a phone without a result (or without an id to follow) fails.
   */
  static Map<String, ItemResult> syncResults(List<String> chunk, RunSyncCommandResponse response) {
    Map<String, SyncCommandResult> byPhone = new HashMap<>();
    response.data().forEach(result -> result.instanceId().ifPresent(id -> byPhone.put(id, result)));
    Map<String, ItemResult> out = new LinkedHashMap<>();
    for (String id : chunk) {
      SyncCommandResult result = byPhone.get(id);
      Optional<String> invocation = Optional.ofNullable(result).flatMap(SyncCommandResult::invocationId)
          .filter(invokeId -> !invokeId.isEmpty());
      Job job = result == null ? null : AlibabaJobMapper.fromSyncResult(result);
      if (job != null && job.status().isTerminal()) {
        out.put(id, ItemResults.fromJob(id, job));
      } else if (invocation.isPresent()) {
        out.put(id, ItemResults.inProgress(id, invocation));
      } else {
        out.put(id, ItemResult.failed(id, null, "RunSyncCommand returned no result to follow for this instance;"
            + " the command is not run again"));
      }
    }
    return out;
  }

  @Override
  public BulkOperation installApp(Collection<String> phoneIds, String source, BulkOptions options) {
    Objects.requireNonNull(source, "source");
    ChunkSubmitter submitter = chunk -> client.async()
        .installApp(InstallAppRequest.builder().addAppIdList(source).instanceIdList(chunk).build())
        .thenApply(response -> installed(chunk, source, response));
    return engine.start("install app on phones", phoneIds, TASK_BATCH, DEFAULT_RATE, options, submitter,
        new TaskPoller(tasks));
  }

  @Override
  public BulkOperation pushFile(Collection<String> phoneIds, String source, String targetPath,
      BulkOptions options) {
    ChunkSubmitter submitter = new SendFileSubmitter(client, source, targetPath);
    return engine.start("push file to phones", phoneIds, TASK_BATCH, DEFAULT_RATE, options, submitter,
        new TaskPoller(tasks));
  }

  private BulkOperation instanceAction(String name, Collection<String> phoneIds, BulkOptions options,
      PhoneStatus target, Function<List<String>, CompletableFuture<?>> call) {
    ChunkSubmitter submitter = chunk -> call.apply(chunk)
        .thenApply(answer -> ItemResults.inProgress(chunk, Optional.empty()));
    CompletionPoller poller = new InstanceStatePoller(client, target);
    return engine.start(name, phoneIds, INSTANCE_BATCH, DEFAULT_RATE, options, submitter, poller);
  }

  /**
   * Restart and reset: each phone the answer gave its own task ({@code Tasks.ChildTasks}) is followed through that
   * task; one it gave none through its status, until RUNNING.
   */
  private BulkOperation followedByTask(String name, Collection<String> phoneIds, BulkOptions options,
      Function<List<String>, CompletableFuture<Optional<ChildTaskGroup>>> call) {
    ChunkSubmitter submitter = chunk -> call.apply(chunk).thenApply(tasks -> childTasks(chunk, tasks));
    CompletionPoller poller = new TaskOrStatePoller(new TaskPoller(tasks),
        new InstanceStatePoller(client, PhoneStatus.RUNNING));
    return engine.start(name, phoneIds, INSTANCE_BATCH, DEFAULT_RATE, options, submitter, poller);
  }

  /** Each phone under its own child task; a phone without one (no {@code Tasks}, or left out) under none. */
  static Map<String, ItemResult> childTasks(List<String> chunk, Optional<ChildTaskGroup> tasks) {
    Map<String, String> own = ItemResults.jobsByPhone(tasks.map(ChildTaskGroup::childTasks).orElse(List.of()),
        ChildTask::instanceId, ChildTask::taskId);
    return ItemResults.inProgress(chunk, own, Optional.empty());
  }

  /**
   * Each phone under its own invocation ({@code RunCommandInfos}), else the run's InvokeId; with neither there is
   * no output to read, so the phone fails.
   */
  static Map<String, ItemResult> invocations(List<String> chunk, RunCommandResponse response) {
    Map<String, String> own = ItemResults.jobsByPhone(response.runCommandInfos(), RunCommandInfo::instanceId,
        RunCommandInfo::invokeId);
    Optional<String> shared = response.invokeId().filter(id -> !id.isEmpty());
    Map<String, ItemResult> out = new LinkedHashMap<>();
    chunk.forEach(id -> out.put(id, Optional.ofNullable(own.get(id)).or(() -> shared)
        .map(job -> ItemResults.inProgress(id, Optional.of(job)))
        .orElseGet(() -> ItemResult.failed(id, null, "RunCommand returned no InvokeId, so no output can be read"))));
    return out;
  }

  /**
   * Each phone under its own child task for {@code appId} ({@code ChildTaskInfo}), else the batch task, whose
   * children the poller reads; with no task at all the acceptance is the outcome.
   */
  static Map<String, ItemResult> installed(List<String> chunk, String appId, InstallAppResponse response) {
    Map<String, String> own = ItemResults.jobsByPhone(response.childTaskInfo().stream()
            .filter(child -> child.appId().map(appId::equals).orElse(true)).toList(),
        AppChildTask::instanceId, AppChildTask::childTaskId);
    Optional<String> batch = response.taskId().filter(id -> !id.isEmpty());
    if (own.isEmpty() && batch.isEmpty()) {
      return accepted(chunk, Optional.empty());
    }
    Map<String, ItemResult> out = new LinkedHashMap<>();
    chunk.forEach(id -> out.put(id, Optional.ofNullable(own.get(id)).or(() -> batch)
        .map(job -> ItemResults.inProgress(id, Optional.of(job)))
        .orElseGet(() -> ItemResult.failed(id, null, "InstallApp listed no task for this instance"))));
    return out;
  }

  /** Accepted under {@code taskId}; without one there is nothing to follow, so the acceptance is the outcome. */
  static Map<String, ItemResult> accepted(List<String> chunk, Optional<String> taskId) {
    Optional<String> job = taskId.filter(id -> !id.isEmpty());
    if (job.isPresent()) {
      return ItemResults.inProgress(chunk, job);
    }
    Map<String, ItemResult> out = new LinkedHashMap<>();
    chunk.forEach(id -> out.put(id, ItemResult.builder().id(id).outcome(ItemOutcome.SUCCEEDED).build()));
    return out;
  }
}
