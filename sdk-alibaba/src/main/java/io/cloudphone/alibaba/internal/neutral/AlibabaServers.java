package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.DescribeCloudPhoneNodesRequest;
import io.cloudphone.alibaba.model.DescribeCloudPhoneNodesResponse;
import io.cloudphone.core.Page;
import io.cloudphone.core.Paged;
import io.cloudphone.core.Provider;
import io.cloudphone.core.Server;
import io.cloudphone.core.ServerFilter;
import io.cloudphone.core.Servers;
import io.cloudphone.core.UnsupportedByProviderException;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.internal.LazyPaged;
import io.cloudphone.core.internal.Validate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Alibaba cloud phone nodes (matrices) as neutral {@link Servers}, read with DescribeCloudPhoneNodes.
 *
 * <p>{@link #restart} is not supported: eds-aic has no operation that restarts a node. Reboot the node's phones
 * instead, with {@code phones().restart(ids)} or {@link AlibabaCloudPhoneClient#rebootAndroidInstancesInGroup}
 * (list them with {@code phones().list(PhoneFilter.builder().serverId(nodeId).build())}).
 */
public final class AlibabaServers implements Servers {
  /** DescribeCloudPhoneNodes returns at most 100 nodes a page. */
  static final int PAGE = 100;

  private final AlibabaCloudPhoneClient client;

  /** Servers of {@code client}. */
  public AlibabaServers(AlibabaCloudPhoneClient client) {
    this.client = client;
  }

  @Override
  public Paged<Server> list(ServerFilter filter) {
    Validate.notNull("filter", filter);
    DescribeCloudPhoneNodesRequest.Builder base = DescribeCloudPhoneNodesRequest.builder().maxResults(PAGE);
    filter.name().ifPresent(base::nodeName);
    base.tags(AlibabaTags.toList(filter.tags()));
    Optional<String> serverStatus = filter.status().map(AlibabaServerStatusMapper::providerValues)
        .filter(values -> values.size() == 1).map(values -> values.get(0));
    serverStatus.ifPresent(base::status);
    boolean clientSide = filter.status().isPresent() && serverStatus.isEmpty();
    DescribeCloudPhoneNodesRequest request = base.build();
    return LazyPaged.of("DescribeCloudPhoneNodes", token -> {
      DescribeCloudPhoneNodesResponse response = client.describeCloudPhoneNodes(
          DescribeCloudPhoneNodesRequest.builder().from(request).nextToken(token).build());
      List<Server> servers = response.nodeModel().stream().map(AlibabaServerMapper::toServer)
          .filter(server -> filter.status().map(wanted -> wanted == server.status()).orElse(true))
          .toList();
      return new Page<>(servers, response.nextToken().filter(next -> !next.isEmpty()),
          clientSide ? Optional.empty() : response.totalCount());
    });
  }

  @Override
  public Server get(String serverId) {
    Validate.id("serverId", serverId);
    DescribeCloudPhoneNodesResponse response = client.describeCloudPhoneNodes(
        DescribeCloudPhoneNodesRequest.builder().addNodeIds(serverId).build());
    return response.nodeModel().stream()
        .filter(node -> node.nodeId().filter(serverId::equals).isPresent())
        .findFirst()
        .map(AlibabaServerMapper::toServer)
        .orElseThrow(() -> NotFound.of("NodeNotFound", "cloud phone node " + serverId + " does not exist",
            response.requestId(), "DescribeCloudPhoneNodes"));
  }

  /**
   * Not supported on Alibaba: there is no node restart operation.
   *
   * @throws UnsupportedByProviderException always, naming the typed alternative
   */
  @Override
  public BulkOperation restart(Collection<String> serverIds, BulkOptions options) {
    Validate.ids("serverIds", serverIds);
    Validate.notNull("options", options);
    throw new UnsupportedByProviderException(Provider.ALIBABA, "restart cloud phone nodes",
        "eds-aic has no node restart operation; reboot the node's phones instead with phones().restart(ids) or "
            + "AlibabaCloudPhoneClient.rebootAndroidInstancesInGroup (find them with phones().list and a "
            + "PhoneFilter on serverId)");
  }
}
