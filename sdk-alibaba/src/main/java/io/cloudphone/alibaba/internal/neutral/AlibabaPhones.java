package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesResponse;
import io.cloudphone.alibaba.model.InstallAppRequest;
import io.cloudphone.alibaba.model.ModifyAndroidInstanceRequest;
import io.cloudphone.alibaba.model.RebootAndroidInstancesInGroupRequest;
import io.cloudphone.alibaba.model.ResetAndroidInstancesInGroupRequest;
import io.cloudphone.alibaba.model.RunCommandRequest;
import io.cloudphone.alibaba.model.StartAndroidInstanceRequest;
import io.cloudphone.alibaba.model.StopAndroidInstanceRequest;
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
import io.cloudphone.core.internal.LazyPaged;
import io.cloudphone.core.internal.Validate;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Alibaba Android instances as neutral {@link Phones}, over the typed client's asynchronous methods.
 *
 * <ul>
 *   <li>start, stop, restart, reset: StartAndroidInstance, StopAndroidInstance, RebootAndroidInstancesInGroup and
 *       ResetAndroidInstancesInGroup with up to {@value #INSTANCE_BATCH} ids a request; they return no task id,
 *       so completion is followed with DescribeAndroidInstances until each phone is RUNNING (STOPPED for stop).
 *   <li>runShellCommand: RunCommand, at most {@value #RUN_COMMAND_BATCH} instances a request (documented), then
 *       DescribeInvocations for each phone's status and output.
 *   <li>installApp: InstallApp with {@code source} as the app id (from CreateApp); pushFile: SendFile from an
 *       {@code oss://} URL (through the region's internal OSS endpoint) or a public {@code http(s)} link. Both
 *       are followed through DescribeTasks.
 * </ul>
 */
public final class AlibabaPhones implements Phones {
  /** Ids per Start/Stop/Reboot/Reset request: no documented maximum; 100 is DescribeAndroidInstances' page. */
  static final int INSTANCE_BATCH = 100;
  /** RunCommand accepts at most 50 instances a request. */
  static final int RUN_COMMAND_BATCH = 50;
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

  @Override
  public BulkOperation runShellCommand(Collection<String> phoneIds, String command, BulkOptions options) {
    Validate.ids("phoneIds", phoneIds);
    return engine.start(plan(COMMAND, phoneIds, Map.of(COMMAND_TEXT, Validate.notNull("command", command))),
        options);
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
   * DescribeTasks and DescribeInvocations, accepted instance actions through the instances' state (restart,
   * start and stop requests without a recorded answer are sent again; the others are not).
   */
  @Override
  public BulkOperation resume(Path journal, BulkOptions options) {
    return engine.resume(journal, options, record -> plan(record.kind(), record.ids(), record.params()));
  }

  /** The one place mapping an operation kind (as journaled) to its request, limits and poller. */
  private BulkPlan plan(String kind, Collection<String> phoneIds, Map<String, String> params) {
    return switch (kind) {
      case START -> instanceAction("start phones", kind, phoneIds, true, PhoneStatus.RUNNING, chunk -> client.async()
          .startAndroidInstance(StartAndroidInstanceRequest.builder().androidInstanceIds(chunk).build()));
      case STOP -> instanceAction("stop phones", kind, phoneIds, true, PhoneStatus.STOPPED, chunk -> client.async()
          .stopAndroidInstance(StopAndroidInstanceRequest.builder().androidInstanceIds(chunk).build()));
      case RESTART -> instanceAction("restart phones", kind, phoneIds, true, PhoneStatus.RUNNING,
          chunk -> client.async().rebootAndroidInstancesInGroup(RebootAndroidInstancesInGroupRequest.builder()
              .androidInstanceIds(chunk).build()));
      case RESET -> instanceAction("reset phones", kind, phoneIds, false, PhoneStatus.RUNNING,
          chunk -> client.async().resetAndroidInstancesInGroup(ResetAndroidInstancesInGroupRequest.builder()
              .androidInstanceIds(chunk).build()));
      case COMMAND -> {
        String command = param(params, COMMAND_TEXT);
        ChunkSubmitter submitter = chunk -> client.async()
            .runCommand(RunCommandRequest.builder().instanceIds(chunk).commandContent(command).build())
            .thenApply(response -> response.invokeId().filter(id -> !id.isEmpty())
                .map(id -> ItemResults.inProgress(chunk, Optional.of(id)))
                .orElseGet(() -> failedAll(chunk, "RunCommand returned no InvokeId, so no output can be read")));
        yield new BulkPlan(RUN_SHELL_COMMAND, kind, params, phoneIds, RUN_COMMAND_BATCH, DEFAULT_RATE, false,
            submitter, new InvocationPoller(client));
      }
      case INSTALL -> {
        String source = param(params, SOURCE);
        ChunkSubmitter submitter = chunk -> client.async()
            .installApp(InstallAppRequest.builder().addAppIdList(source).instanceIdList(chunk).build())
            .thenApply(response -> accepted(chunk, response.taskId()));
        yield new BulkPlan("install app on phones", kind, params, phoneIds, TASK_BATCH, DEFAULT_RATE, false,
            submitter, new TaskPoller(tasks));
      }
      case PUSH -> new BulkPlan("push file to phones", kind, params, phoneIds, TASK_BATCH, DEFAULT_RATE, false,
          new SendFileSubmitter(client, param(params, SOURCE), param(params, TARGET_PATH)), new TaskPoller(tasks));
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

  private BulkPlan instanceAction(String name, String kind, Collection<String> phoneIds, boolean repeatable,
      PhoneStatus target, Function<List<String>, CompletableFuture<?>> call) {
    Validate.ids("phoneIds", phoneIds);
    ChunkSubmitter submitter = chunk -> call.apply(chunk)
        .thenApply(answer -> ItemResults.inProgress(chunk, Optional.empty()));
    CompletionPoller poller = new InstanceStatePoller(client, target);
    return new BulkPlan(name, kind, Map.of(), phoneIds, INSTANCE_BATCH, DEFAULT_RATE, repeatable, submitter, poller);
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

  private static Map<String, ItemResult> failedAll(List<String> chunk, String message) {
    Map<String, ItemResult> out = new LinkedHashMap<>();
    chunk.forEach(id -> out.put(id, ItemResult.failed(id, null, message)));
    return out;
  }
}
