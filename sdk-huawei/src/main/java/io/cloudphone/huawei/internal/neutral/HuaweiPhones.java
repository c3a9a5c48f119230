package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.Paged;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.Phones;
import io.cloudphone.core.Provider;
import io.cloudphone.core.UnsupportedByProviderException;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.BulkEngine;
import io.cloudphone.core.internal.BulkPlan;
import io.cloudphone.core.internal.ChunkSubmitter;
import io.cloudphone.core.internal.InFlightCheck;
import io.cloudphone.core.internal.Validate;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.model.CloudPhone;
import io.cloudphone.huawei.model.CloudPhoneTarget;
import io.cloudphone.huawei.model.InstallApkRequest;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.PushFileRequest;
import io.cloudphone.huawei.model.ResetCloudPhoneRequest;
import io.cloudphone.huawei.model.RestartCloudPhoneRequest;
import io.cloudphone.huawei.model.RunShellCommandRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailRequest;
import io.cloudphone.huawei.model.StopCloudPhoneRequest;
import io.cloudphone.huawei.model.SubmittedJob;
import io.cloudphone.huawei.model.UpdatePhoneNameRequest;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Huawei cloud phones through the neutral API. Every bulk call sends at most 100 phones a request and follows
 * the jobs with {@code ListJobs}. Huawei specifics:
 * <ul>
 *   <li>{@link #start} calls {@code RestartCloudPhone}, which CPH documents as restarting phones "or starting"
 *       stopped ones; CPH has no separate start operation.</li>
 *   <li>{@link #runShellCommand} uses the asynchronous {@code RunShellCommand}; each item's output is its job's
 *       {@code execute_msg} (at most 1,024 bytes). The synchronous {@code RunSyncCommand} (6 calls a minute) stays
 *       on {@link HuaweiCphClient#runSyncCommand}.</li>
 *   <li>{@link #pushFile} pushes an {@code obs://bucket/path.tar}, which CPH unpacks at the phone's root: its
 *       {@code targetPath} is not used.</li>
 *   <li>{@link #list} cannot filter by instance group (Alibaba only) and throws
 *       {@link UnsupportedByProviderException} for it.</li>
 * </ul>
 * Commands, APK and file addresses are checked against CPH's documented limits before anything is sent
 * ({@link IllegalArgumentException}).
 */
public final class HuaweiPhones implements Phones {
  private static final String START = "huawei:start-phones";
  private static final String STOP = "huawei:stop-phones";
  private static final String RESTART = "huawei:restart-phones";
  private static final String RESET = "huawei:reset-phones";
  private static final String COMMAND = "huawei:run-shell-command";
  private static final String INSTALL = "huawei:install-apk";
  private static final String PUSH = "huawei:push-file";
  private static final String COMMAND_TEXT = "command";
  private static final String SOURCE = "source";
  /**
   * Commands (shell, install, push) leave no trace CPH can be asked about without their answer: ListJobs needs the
   * request id that answer carried, ShowJob the job id, and a phone's status does not change for a command.
   */
  private static final InFlightCheck COMMANDS_UNTRACEABLE = InFlightCheck.none("CPH cannot be asked about it: "
      + "a command's job is found only through the request id of the answer that was lost, and the phone's status "
      + "does not show commands");

  private final HuaweiCphClient client;
  private final BulkEngine engine;
  private final JobRequestIndex index;
  private final HuaweiJobPoller poller;
  private final HuaweiPhoneMapper mapper;
  private final HuaweiPhoneStates states;

  HuaweiPhones(HuaweiCphClient client, BulkEngine engine, JobRequestIndex index, HuaweiJobFetcher fetcher,
      HuaweiPhoneMapper mapper) {
    this.client = client;
    this.engine = engine;
    this.index = index;
    this.poller = new HuaweiJobPoller(fetcher);
    this.mapper = mapper;
    this.states = new HuaweiPhoneStates(client.async());
  }

  /**
   * Lists phones with {@code ListCloudPhones}: server, name (fuzzy) and single-code statuses filter on the
   * server; statuses spanning several CPH codes (creating, failed) are filtered here.
   *
   * @throws UnsupportedByProviderException when the filter names an instance group or tags (ListCloudPhones
   *     cannot filter by tag)
   */
  @Override
  public Paged<Phone> list(PhoneFilter filter) {
    if (Validate.notNull("filter", filter).instanceGroupId().isPresent()) {
      throw new UnsupportedByProviderException(Provider.HUAWEI, "filter phones by instance group",
          "Huawei phones have no instance groups; filter by serverId instead");
    }
    if (!filter.tags().isEmpty()) {
      throw new UnsupportedByProviderException(Provider.HUAWEI, "filter phones by tag",
          "ListCloudPhones cannot filter by tag; find the tagged servers with HuaweiCphClient.listResourceInstances "
              + "and list their phones by serverId");
    }
    ListCloudPhonesRequest.Builder request = ListCloudPhonesRequest.builder().limit(HuaweiBulkLimits.LIST_PAGE)
        .serverId(filter.serverId()).phoneName(filter.name());
    Optional<Integer> code = filter.status().flatMap(HuaweiPhoneStatusMapper::singleCode);
    code.ifPresent(request::status);
    Paged<CloudPhone> phones = client.listCloudPhonesPaged(request.build());
    return new FilteredPaged<>(phones,
        phone -> phone.phoneId().isPresent() && filter.status()
            .map(wanted -> HuaweiPhoneStatusMapper.toNeutral(phone.status().orElse(null)) == wanted).orElse(true),
        mapper::toPhone, filter.status().isEmpty() || code.isPresent());
  }

  /**
   * Reads one phone with {@code ShowCloudPhoneDetail}, its addresses included.
   *
   * @throws io.cloudphone.core.NotFoundException when it does not exist
   */
  @Override
  public Phone get(String phoneId) {
    Validate.id("phoneId", phoneId);
    return mapper.toPhone(client.showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder().phoneId(phoneId).build()),
        phoneId);
  }

  /** Starts stopped phones with {@code RestartCloudPhone}, CPH's documented way to start a phone. */
  @Override
  public BulkOperation start(Collection<String> phoneIds, BulkOptions options) {
    return engine.start(plan(START, phoneIds, Map.of()), options);
  }

  /** Stops phones with {@code StopCloudPhone}. */
  @Override
  public BulkOperation stop(Collection<String> phoneIds, BulkOptions options) {
    return engine.start(plan(STOP, phoneIds, Map.of()), options);
  }

  /** Restarts phones with {@code RestartCloudPhone}. */
  @Override
  public BulkOperation restart(Collection<String> phoneIds, BulkOptions options) {
    return engine.start(plan(RESTART, phoneIds, Map.of()), options);
  }

  /** Resets phones to their image with {@code ResetCloudPhone}. */
  @Override
  public BulkOperation reset(Collection<String> phoneIds, BulkOptions options) {
    return engine.start(plan(RESET, phoneIds, Map.of()), options);
  }

  /** Renames one phone with {@code UpdatePhoneName} (1 to 60 letters, digits, {@code -} and {@code _}). */
  @Override
  public void rename(String phoneId, String newName) {
    Validate.id("phoneId", phoneId);
    Validate.notNull("newName", newName);
    client.updatePhoneName(UpdatePhoneNameRequest.builder().phoneId(phoneId).phoneName(newName).build());
  }

  /** Runs an ADB shell command with {@code RunShellCommand}; each item's output is its job's output. */
  @Override
  public BulkOperation runShellCommand(Collection<String> phoneIds, String command, BulkOptions options) {
    return engine.start(plan(COMMAND, phoneIds, Map.of(COMMAND_TEXT, Validate.notNull("command", command))), options);
  }

  /** Installs an APK from OBS with {@code InstallApk}; {@code source} is {@code [flags] obs://bucket/app.apk}. */
  @Override
  public BulkOperation installApp(Collection<String> phoneIds, String source, BulkOptions options) {
    return engine.start(plan(INSTALL, phoneIds, Map.of(SOURCE, Validate.notNull("source", source))), options);
  }

  /** Pushes an {@code obs://bucket/path.tar} with {@code PushFile}; CPH unpacks it at its own paths. */
  @Override
  public BulkOperation pushFile(Collection<String> phoneIds, String source, String targetPath,
      BulkOptions options) {
    Validate.notNull("targetPath", targetPath); // unused by CPH, but the neutral contract asks for it
    return engine.start(plan(PUSH, phoneIds, Map.of(SOURCE, Validate.notNull("source", source))), options);
  }

  /**
   * Resumes a journaled phone operation: jobs the journal recorded are read back with {@code ListJobs}. For a
   * request sent without a recorded answer, whose jobs cannot be found (ListJobs needs that answer's request id),
   * the phones' status is read first with {@code ListCloudPhones} (by status, 100 a page): a phone restarting,
   * stopping or resetting is adopted and followed to the end of that status; a running phone counts as started and
   * a stopped one as stopped; one in the operation's failed status since the request failed. Other restart, start
   * and stop ids are sent again; other reset ids, and every unanswered shell command, install or push (whose jobs
   * CPH cannot show without the answer), fail without a request.
   */
  @Override
  public BulkOperation resume(Path journal, BulkOptions options) {
    return engine.resume(journal, options, record -> plan(record.kind(), record.ids(), record.params()));
  }

  /**
   * The one place mapping an operation kind (as journaled) to its request, limits and poller. Commands, APK and
   * file addresses are checked here, before anything is sent.
   */
  private BulkPlan plan(String kind, Collection<String> ids, Map<String, String> params) {
    checked(ids);
    return switch (kind) {
      case START -> lifecycle("start phones", kind, ids, true, LifecycleCodes.START, this::restartChunk);
      case RESTART -> lifecycle("restart phones", kind, ids, true, LifecycleCodes.RESTART, this::restartChunk);
      case STOP -> lifecycle("stop phones", kind, ids, true, LifecycleCodes.STOP, chunk -> client.async()
          .stopCloudPhone(StopCloudPhoneRequest.builder().phoneIds(chunk).build())
          .thenApply(answer -> items(answer.requestId(), answer.jobs())));
      case RESET -> lifecycle("reset phones", kind, ids, false, LifecycleCodes.RESET, chunk -> client.async()
          .resetCloudPhone(ResetCloudPhoneRequest.builder().phones(targets(chunk)).build())
          .thenApply(answer -> items(answer.requestId(), answer.jobs())));
      case COMMAND -> {
        String command = param(params, COMMAND_TEXT);
        RunShellCommandRequest.builder().content(command).addPhoneIds("check").build(); // fail fast on bad input
        yield command("run shell command", kind, params, ids, chunk -> client.async()
            .runShellCommand(RunShellCommandRequest.builder().content(command).phoneIds(chunk).build())
            .thenApply(answer -> items(answer.requestId(), answer.jobs())));
      }
      case INSTALL -> {
        String source = param(params, SOURCE);
        InstallApkRequest.builder().content(source).addPhoneIds("check").build(); // fail fast on bad input
        yield command("install app", kind, params, ids, chunk -> client.async()
            .installApk(InstallApkRequest.builder().content(source).phoneIds(chunk).build())
            .thenApply(answer -> items(answer.requestId(), answer.jobs())));
      }
      case PUSH -> {
        String source = param(params, SOURCE);
        PushFileRequest.builder().content(source).addPhoneIds("check").build(); // fail fast on bad input
        yield command("push file", kind, params, ids, chunk -> client.async()
            .pushFile(PushFileRequest.builder().content(source).phoneIds(chunk).build())
            .thenApply(answer -> items(answer.requestId(), answer.jobs())));
      }
      default -> throw new IllegalArgumentException("not a journal of a Huawei phone operation: kind " + kind);
    };
  }

  private static String param(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  private CompletableFuture<Map<String, ItemResult>> restartChunk(List<String> chunk) {
    return client.async().restartCloudPhone(RestartCloudPhoneRequest.builder().phones(targets(chunk)).build())
        .thenApply(answer -> items(answer.requestId(), answer.jobs()));
  }

  /**
   * Restart, start, stop (repeatable: sending one twice only restarts, starts or stops a phone again) and reset
   * (not): followed through their jobs, and on resume checked and followed through the phones' status.
   */
  private BulkPlan lifecycle(String name, String kind, Collection<String> ids, boolean repeatable,
      LifecycleCodes codes, ChunkSubmitter submitter) {
    return new BulkPlan(name, kind, Map.of(), ids, HuaweiBulkLimits.PHONE_BATCH, HuaweiBulkLimits.LIFECYCLE_RATE,
        repeatable, submitter, new HuaweiLifecyclePoller(poller, states, codes),
        new HuaweiInFlightCheck(states, codes));
  }

  private BulkPlan command(String name, String kind, Map<String, String> params, Collection<String> ids,
      ChunkSubmitter submitter) {
    return new BulkPlan(name, kind, params, ids, HuaweiBulkLimits.COMMAND_BATCH, HuaweiBulkLimits.COMMAND_RATE,
        false, submitter, poller, COMMANDS_UNTRACEABLE);
  }

  private Map<String, ItemResult> items(Optional<String> requestId, List<SubmittedJob> jobs) {
    return SubmittedJobs.toItems(requestId, jobs, SubmittedJob::phoneId, index);
  }

  private static List<CloudPhoneTarget> targets(List<String> phoneIds) {
    return phoneIds.stream().map(id -> CloudPhoneTarget.builder().phoneId(id).build()).toList();
  }

  /** The phone ids of a bulk call, checked before anything is sent. */
  static Collection<String> checked(Collection<String> phoneIds) {
    return Validate.ids("phoneIds", phoneIds);
  }

  @Override
  public String toString() {
    return "HuaweiPhones";
  }
}
