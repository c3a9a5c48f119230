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
import io.cloudphone.alibaba.model.Task;
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
import io.cloudphone.core.internal.BulkPlan;
import io.cloudphone.core.internal.ChunkSubmitter;
import io.cloudphone.core.internal.CompletionPoller;
import io.cloudphone.core.internal.InFlightCheck;
import io.cloudphone.core.internal.LazyPaged;
import io.cloudphone.core.internal.Validate;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

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

  private static final String START = "alibaba:start-phones";
  private static final String STOP = "alibaba:stop-phones";
  private static final String RESTART = "alibaba:restart-phones";
  private static final String RESET = "alibaba:reset-phones";
  private static final String COMMAND = "alibaba:run-command";
  private static final String INSTALL = "alibaba:install-app";
  private static final String PUSH = "alibaba:send-file";
  private static final String COMMAND_TEXT = "command";
  private static final String SOURCE = "source";
  private static final String TARGET_PATH = "targetPath";

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
    Validate.notNull("filter", filter);
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
    Validate.id("phoneId", phoneId);
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
    return engine.start(plan(START, phoneIds, Map.of()), options);
  }

  @Override
  public BulkOperation stop(Collection<String> phoneIds, BulkOptions options) {
    return engine.start(plan(STOP, phoneIds, Map.of()), options);
  }

  @Override
  public BulkOperation restart(Collection<String> phoneIds, BulkOptions options) {
    return engine.start(plan(RESTART, phoneIds, Map.of()), options);
  }

  @Override
  public BulkOperation reset(Collection<String> phoneIds, BulkOptions options) {
    return engine.start(plan(RESET, phoneIds, Map.of()), options);
  }

  @Override
  public void rename(String phoneId, String newName) {
    Validate.id("phoneId", phoneId);
    Validate.notNull("newName", newName);
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
    Validate.ids("phoneIds", phoneIds);
    return engine.start(plan(COMMAND, phoneIds, Map.of(COMMAND_TEXT, Validate.notNull("command", command))),
        options);
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
    Validate.ids("phoneIds", phoneIds);
    return engine.start(plan(INSTALL, phoneIds, Map.of(SOURCE, Validate.notNull("source", source))),
        options);
  }

  @Override
  public BulkOperation pushFile(Collection<String> phoneIds, String source, String targetPath,
      BulkOptions options) {
    Validate.ids("phoneIds", phoneIds);
    Map<String, String> params = new LinkedHashMap<>();
    params.put(SOURCE, Validate.notNull("source", source));
    params.put(TARGET_PATH, Validate.notNull("targetPath", targetPath));
    return engine.start(plan(PUSH, phoneIds, params), options);
  }

  /**
   * Resumes a journaled phone operation: tasks and invocations the journal recorded are read back with
   * DescribeTasks and DescribeInvocations, accepted instance actions through the instances' state. A request sent
   * without a recorded answer is looked for first, 100 instances a call: for start and stop the instance's state
   * (DescribeAndroidInstances: STARTING or STOPPING is adopted, RUNNING or STOPPED is done); for the others the
   * instance's own task of the operation's type (RebootInstance, ResetInstance, InstallApp naming the app, SendFile
   * naming the target path, RunCommand or RunSyncCommand) started since the request was sent (DescribeTasks by
   * ResourceIds and TaskTypes), adopted while it runs and reported once it ended. Ids with no such trace are sent
   * again for restart, start and stop, and fail without a request for reset, install, push and commands.
   */
  @Override
  public BulkOperation resume(Path journal, BulkOptions options) {
    return engine.resume(journal, options, record -> plan(record.kind(), record.ids(), record.params()));
  }

  /** The one place mapping an operation kind (as journaled) to its request, limits and poller. */
  private BulkPlan plan(String kind, Collection<String> phoneIds, Map<String, String> params) {
    return switch (kind) {
      case START -> instanceAction("start phones", kind, phoneIds, PhoneStatus.RUNNING,
          AlibabaInFlightCheck.byState(client, "STARTING", "RUNNING"), chunk -> client.async()
              .startAndroidInstance(StartAndroidInstanceRequest.builder().androidInstanceIds(chunk).build()));
      case STOP -> instanceAction("stop phones", kind, phoneIds, PhoneStatus.STOPPED,
          AlibabaInFlightCheck.byState(client, "STOPPING", "STOPPED"), chunk -> client.async()
              .stopAndroidInstance(StopAndroidInstanceRequest.builder().androidInstanceIds(chunk).build()));
      case RESTART -> followedByTask("restart phones", kind, phoneIds, true, "RebootInstance", chunk -> client.async()
          .rebootAndroidInstancesInGroup(RebootAndroidInstancesInGroupRequest.builder().androidInstanceIds(chunk)
              .build())
          .thenApply(RebootAndroidInstancesInGroupResponse::tasks));
      case RESET -> followedByTask("reset phones", kind, phoneIds, false, "ResetInstance", chunk -> client.async()
          .resetAndroidInstancesInGroup(ResetAndroidInstancesInGroupRequest.builder().androidInstanceIds(chunk)
              .build())
          .thenApply(ResetAndroidInstancesInGroupResponse::tasks));
      case COMMAND -> {
        String command = param(params, COMMAND_TEXT);
        ChunkSubmitter submitter = usesSyncCommand(phoneIds)
            ? chunk -> client.async().runSyncCommand(RunSyncCommandRequest.builder().instanceIds(chunk)
                .commandContent(command).waitTime(SYNC_WAIT_MILLIS).build())
                .thenApply(response -> syncResults(chunk, response))
            : chunk -> client.async()
                .runCommand(RunCommandRequest.builder().instanceIds(chunk).commandContent(command).build())
                .thenApply(response -> invocations(chunk, response));
        // Followed by InvokeId (DescribeInvocations), which each instance's RunCommand task carries.
        InFlightCheck check = AlibabaInFlightCheck.byTask(tasks, List.of("RunCommand", "RunSyncCommand"),
            task -> true, Task::invokeId);
        yield new BulkPlan(RUN_SHELL_COMMAND, kind, params, phoneIds, RUN_COMMAND_BATCH, DEFAULT_RATE, false,
            submitter, new InvocationPoller(client), check);
      }
      case INSTALL -> {
        String source = param(params, SOURCE);
        ChunkSubmitter submitter = chunk -> client.async()
            .installApp(InstallAppRequest.builder().addAppIdList(source).instanceIdList(chunk).build())
            .thenApply(response -> installed(chunk, source, response));
        yield new BulkPlan("install app on phones", kind, params, phoneIds, TASK_BATCH, DEFAULT_RATE, false,
            submitter, new TaskPoller(tasks), AlibabaInFlightCheck.byTask(tasks, List.of("InstallApp"),
                mentions(source), Task::taskId));
      }
      case PUSH -> new BulkPlan("push file to phones", kind, params, phoneIds, TASK_BATCH, DEFAULT_RATE, false,
          new SendFileSubmitter(client, param(params, SOURCE), param(params, TARGET_PATH)), new TaskPoller(tasks),
          AlibabaInFlightCheck.byTask(tasks, List.of("SendFile"), mentions(param(params, TARGET_PATH)),
              Task::taskId));
      default -> throw new IllegalArgumentException("not a journal of an Alibaba phone operation: kind " + kind);
    };
  }

  private static String param(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /** Start and stop: repeatable, followed through the instances' state. */
  private BulkPlan instanceAction(String name, String kind, Collection<String> phoneIds, PhoneStatus target,
      InFlightCheck check, Function<List<String>, CompletableFuture<?>> call) {
    Validate.ids("phoneIds", phoneIds);
    ChunkSubmitter submitter = chunk -> call.apply(chunk)
        .thenApply(answer -> ItemResults.inProgress(chunk, Optional.empty()));
    CompletionPoller poller = new InstanceStatePoller(client, target);
    return new BulkPlan(name, kind, Map.of(), phoneIds, INSTANCE_BATCH, DEFAULT_RATE, true, submitter, poller,
        check);
  }

  /** A task whose Param (when the service gives one) mentions {@code input}: the app id, the target path. */
  private static Predicate<Task> mentions(String input) {
    return task -> task.param().map(param -> param.contains(input)).orElse(true);
  }

  /**
   * Restart and reset: each phone the answer gave its own task ({@code Tasks.ChildTasks}) is followed through that
   * task; one it gave none through its status, until RUNNING.
   */
  private BulkPlan followedByTask(String name, String kind, Collection<String> phoneIds, boolean repeatable,
      String taskType, Function<List<String>, CompletableFuture<Optional<ChildTaskGroup>>> call) {
    Validate.ids("phoneIds", phoneIds);
    ChunkSubmitter submitter = chunk -> call.apply(chunk).thenApply(tasks -> childTasks(chunk, tasks));
    CompletionPoller poller = new TaskOrStatePoller(new TaskPoller(tasks),
        new InstanceStatePoller(client, PhoneStatus.RUNNING));
    return new BulkPlan(name, kind, Map.of(), phoneIds, INSTANCE_BATCH, DEFAULT_RATE, repeatable, submitter, poller,
        AlibabaInFlightCheck.byTask(tasks, List.of(taskType), task -> true, Task::taskId));
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
