package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.Provider;
import io.cloudphone.core.Server;
import io.cloudphone.huawei.model.PhoneServer;
import io.cloudphone.huawei.model.PhoneServerAddress;
import io.cloudphone.huawei.model.ShowCloudPhoneServerDetailResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Turns CPH cloud phone servers (list items and detail answers) into neutral {@link Server}s. */
public final class HuaweiServerMapper {
  private final Optional<String> region;

  /** A mapper stamping servers with the client's {@code region}, when one was configured. */
  public HuaweiServerMapper(Optional<String> region) {
    this.region = region;
  }

  /** Maps a {@code ListCloudPhoneServers} item; it must carry a server id. */
  public Server toServer(PhoneServer server) {
    return Server.builder()
        .provider(Provider.HUAWEI)
        .id(server.serverId().orElseThrow(() -> new IllegalArgumentException("a listed server has no server_id")))
        .name(server.serverName())
        .status(HuaweiServerStatusMapper.toNeutral(server.status().orElse(null)))
        .providerStatus(HuaweiPhoneMapper.raw(server.status()))
        .flavor(server.serverModelName())
        .addAllAddresses(addresses(server.addresses()))
        .zone(server.availabilityZone())
        .region(region)
        .createdAt(server.createTime())
        .build();
  }

  /** Maps a {@code ShowCloudPhoneServerDetail} answer, falling back to {@code requestedId} when it names none. */
  public Server toServer(ShowCloudPhoneServerDetailResponse detail, String requestedId) {
    return Server.builder()
        .provider(Provider.HUAWEI)
        .id(detail.serverId().orElse(requestedId))
        .name(detail.serverName())
        .status(HuaweiServerStatusMapper.toNeutral(detail.status().orElse(null)))
        .providerStatus(HuaweiPhoneMapper.raw(detail.status()))
        .flavor(detail.serverModelName())
        .addAllAddresses(addresses(detail.addresses()))
        .zone(detail.availabilityZone())
        .region(region)
        .createdAt(detail.createTime())
        .build();
  }

  /** Private then public address of each pair, each once. */
  static List<String> addresses(List<PhoneServerAddress> pairs) {
    Set<String> addresses = new LinkedHashSet<>();
    for (PhoneServerAddress pair : pairs) {
      // intranet_ip/access_ip are the retired names of server_ip/public_ip; older answers still send them.
      Stream.of(pair.serverIp().or(pair::intranetIp), pair.publicIp().or(pair::accessIp))
          .flatMap(Optional::stream)
          .filter(address -> !address.isBlank())
          .forEach(addresses::add);
    }
    return List.copyOf(addresses);
  }
}
