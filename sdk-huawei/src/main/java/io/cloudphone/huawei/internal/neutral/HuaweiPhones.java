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
import io.cloudphone.core.internal.ChunkSubmitter;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  private final HuaweiCphClient client;
  private final BulkEngine engine;
  private final JobRequestIndex index;
  private final HuaweiJobPoller poller;
  private final HuaweiPhoneMapper mapper;

  HuaweiPhones(HuaweiCphClient client, BulkEngine engine, JobRequestIndex index, HuaweiJobFetcher fetcher,
      HuaweiPhoneMapper mapper) {
    this.client = client;
    this.engine = engine;
    this.index = index;
    this.poller = new HuaweiJobPoller(fetcher);
    this.mapper = mapper;
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
    if (filter.instanceGroupId().isPresent()) {
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
    return mapper.toPhone(client.showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder().phoneId(phoneId).build()),
        phoneId);
  }

  /** Starts stopped phones with {@code RestartCloudPhone}, CPH's documented way to start a phone. */
  @Override
  public BulkOperation start(Collection<String> phoneIds, BulkOptions options) {
    return lifecycle("start phones", phoneIds, options, this::restartChunk);
  }

  /** Stops phones with {@code StopCloudPhone}. */
  @Override
  public BulkOperation stop(Collection<String> phoneIds, BulkOptions options) {
    return lifecycle("stop phones", phoneIds, options, chunk -> client.async()
        .stopCloudPhone(StopCloudPhoneRequest.builder().phoneIds(chunk).build())
        .thenApply(answer -> items(answer.requestId(), answer.jobs())));
  }

  /** Restarts phones with {@code RestartCloudPhone}. */
  @Override
  public BulkOperation restart(Collection<String> phoneIds, BulkOptions options) {
    return lifecycle("restart phones", phoneIds, options, this::restartChunk);
  }

  /** Resets phones to their image with {@code ResetCloudPhone}. */
  @Override
  public BulkOperation reset(Collection<String> phoneIds, BulkOptions options) {
    return lifecycle("reset phones", phoneIds, options, chunk -> client.async()
        .resetCloudPhone(ResetCloudPhoneRequest.builder().phones(targets(chunk)).build())
        .thenApply(answer -> items(answer.requestId(), answer.jobs())));
  }

  /** Renames one phone with {@code UpdatePhoneName} (1 to 60 letters, digits, {@code -} and {@code _}). */
  @Override
  public void rename(String phoneId, String newName) {
    client.updatePhoneName(UpdatePhoneNameRequest.builder().phoneId(phoneId).phoneName(newName).build());
  }

  /** Runs an ADB shell command with {@code RunShellCommand}; each item's output is its job's output. */
  @Override
  public BulkOperation runShellCommand(Collection<String> phoneIds, String command, BulkOptions options) {
    RunShellCommandRequest.builder().content(command).addPhoneIds("check").build(); // fail fast on bad input
    return command("run shell command", phoneIds, options, chunk -> client.async()
        .runShellCommand(RunShellCommandRequest.builder().content(command).phoneIds(chunk).build())
        .thenApply(answer -> items(answer.requestId(), answer.jobs())));
  }

  /** Installs an APK from OBS with {@code InstallApk}; {@code source} is {@code [flags] obs://bucket/app.apk}. */
  @Override
  public BulkOperation installApp(Collection<String> phoneIds, String source, BulkOptions options) {
    InstallApkRequest.builder().content(source).addPhoneIds("check").build(); // fail fast on bad input
    return command("install app", phoneIds, options, chunk -> client.async()
        .installApk(InstallApkRequest.builder().content(source).phoneIds(chunk).build())
        .thenApply(answer -> items(answer.requestId(), answer.jobs())));
  }

  /** Pushes an {@code obs://bucket/path.tar} with {@code PushFile}; CPH unpacks it at its own paths. */
  @Override
  public BulkOperation pushFile(Collection<String> phoneIds, String source, String targetPath,
      BulkOptions options) {
    PushFileRequest.builder().content(source).addPhoneIds("check").build(); // fail fast on bad input
    return command("push file", phoneIds, options, chunk -> client.async()
        .pushFile(PushFileRequest.builder().content(source).phoneIds(chunk).build())
        .thenApply(answer -> items(answer.requestId(), answer.jobs())));
  }

  private CompletableFuture<Map<String, ItemResult>> restartChunk(List<String> chunk) {
    return client.async().restartCloudPhone(RestartCloudPhoneRequest.builder().phones(targets(chunk)).build())
        .thenApply(answer -> items(answer.requestId(), answer.jobs()));
  }

  private BulkOperation lifecycle(String name, Collection<String> ids, BulkOptions options,
      ChunkSubmitter submitter) {
    return engine.start(name, checked(ids), HuaweiBulkLimits.PHONE_BATCH, HuaweiBulkLimits.LIFECYCLE_RATE,
        options, submitter, poller);
  }

  private BulkOperation command(String name, Collection<String> ids, BulkOptions options,
      ChunkSubmitter submitter) {
    return engine.start(name, checked(ids), HuaweiBulkLimits.COMMAND_BATCH, HuaweiBulkLimits.COMMAND_RATE,
        options, submitter, poller);
  }

  private Map<String, ItemResult> items(Optional<String> requestId, List<SubmittedJob> jobs) {
    return SubmittedJobs.toItems(requestId, jobs, SubmittedJob::phoneId, index);
  }

  private static List<CloudPhoneTarget> targets(List<String> phoneIds) {
    return phoneIds.stream().map(id -> CloudPhoneTarget.builder().phoneId(id).build()).toList();
  }

  static Collection<String> checked(Collection<String> ids) {
    Objects.requireNonNull(ids, "ids");
    for (String id : ids) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("ids must not contain null or blank ids");
      }
    }
    return ids;
  }

  @Override
  public String toString() {
    return "HuaweiPhones";
  }
}
