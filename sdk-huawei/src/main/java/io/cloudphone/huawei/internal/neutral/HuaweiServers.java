package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.Paged;
import io.cloudphone.core.Provider;
import io.cloudphone.core.Server;
import io.cloudphone.core.ServerFilter;
import io.cloudphone.core.Servers;
import io.cloudphone.core.UnsupportedByProviderException;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.internal.BulkEngine;
import io.cloudphone.core.internal.Validate;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.model.ListCloudPhoneServersRequest;
import io.cloudphone.huawei.model.PhoneServer;
import io.cloudphone.huawei.model.RestartCloudPhoneServerRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneServerDetailRequest;
import io.cloudphone.huawei.model.SubmittedJob;
import java.util.Collection;
import java.util.Optional;

/**
 * Huawei cloud phone servers through the neutral API: listing with {@code ListCloudPhoneServers}, reading with
 * {@code ShowCloudPhoneServerDetail}, restarting with {@code RestartCloudPhoneServer} (at most 100 servers a
 * request, as documented) followed by {@code ListJobs}.
 */
public final class HuaweiServers implements Servers {
  private final HuaweiCphClient client;
  private final BulkEngine engine;
  private final JobRequestIndex index;
  private final HuaweiJobPoller poller;
  private final HuaweiServerMapper mapper;

  HuaweiServers(HuaweiCphClient client, BulkEngine engine, JobRequestIndex index, HuaweiJobFetcher fetcher,
      HuaweiServerMapper mapper) {
    this.client = client;
    this.engine = engine;
    this.index = index;
    this.poller = new HuaweiJobPoller(fetcher);
    this.mapper = mapper;
  }

  /**
   * Lists servers: the name (fuzzy) and single-code statuses filter on the server; statuses spanning several CPH
   * codes (creating, failed) and CPH versions that ignore the status filter are handled here.
   *
   * @throws UnsupportedByProviderException when the filter names tags: ListCloudPhoneServers cannot filter by tag
   */
  @Override
  public Paged<Server> list(ServerFilter filter) {
    Validate.notNull("filter", filter);
    if (!filter.tags().isEmpty()) {
      throw new UnsupportedByProviderException(Provider.HUAWEI, "filter servers by tag",
          "ListCloudPhoneServers cannot filter by tag; use HuaweiCphClient.listResourceInstances, which lists the "
              + "servers carrying given tags");
    }
    ListCloudPhoneServersRequest.Builder request = ListCloudPhoneServersRequest.builder()
        .limit(HuaweiBulkLimits.LIST_PAGE).serverName(filter.name());
    Optional<Integer> code = filter.status().flatMap(HuaweiServerStatusMapper::singleCode);
    code.ifPresent(request::status);
    Paged<PhoneServer> servers = client.listCloudPhoneServersPaged(request.build());
    return new FilteredPaged<>(servers,
        server -> server.serverId().isPresent() && filter.status()
            .map(wanted -> HuaweiServerStatusMapper.toNeutral(server.status().orElse(null)) == wanted)
            .orElse(true),
        mapper::toServer, filter.status().isEmpty() || code.isPresent());
  }

  /**
   * Reads one server with {@code ShowCloudPhoneServerDetail}.
   *
   * @throws io.cloudphone.core.NotFoundException when it does not exist
   */
  @Override
  public Server get(String serverId) {
    Validate.id("serverId", serverId);
    return mapper.toServer(client.showCloudPhoneServerDetail(
        ShowCloudPhoneServerDetailRequest.builder().serverId(serverId).build()), serverId);
  }

  /** Restarts servers with {@code RestartCloudPhoneServer}, 100 a request. */
  @Override
  public BulkOperation restart(Collection<String> serverIds, BulkOptions options) {
    return engine.start("restart servers", Validate.ids("serverIds", serverIds), HuaweiBulkLimits.SERVER_RESTART_BATCH,
        HuaweiBulkLimits.LIFECYCLE_RATE, options, chunk -> client.async()
            .restartCloudPhoneServer(RestartCloudPhoneServerRequest.builder().serverIds(chunk).build())
            .thenApply(answer -> SubmittedJobs.toItems(answer.requestId(), answer.jobs(), SubmittedJob::serverId,
                index)),
        poller);
  }

  @Override
  public String toString() {
    return "HuaweiServers";
  }
}
