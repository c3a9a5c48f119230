package io.cloudphone.examples;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.Server;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which phones each of some servers holds, from listing each server's phones: it fills what a provider's listing
 * leaves out (Huawei servers carry no phone count, Alibaba instances no node id).
 */
public final class PhonesByServer {
  private final Map<String, List<String>> phoneIds;
  private final Map<String, String> serverOf = new HashMap<>();

  private PhonesByServer(Map<String, List<String>> phoneIds) {
    this.phoneIds = Map.copyOf(phoneIds);
    phoneIds.forEach((server, phones) -> phones.forEach(phone -> serverOf.put(phone, server)));
  }

  /** Knows nothing: every count and server comes from the listings alone. */
  public static PhonesByServer none() {
    return new PhonesByServer(Map.of());
  }

  /** The phones of one server, already listed. */
  public static PhonesByServer of(String serverId, List<Phone> phones) {
    return new PhonesByServer(Map.of(serverId, phones.stream().map(Phone::id).toList()));
  }

  /**
   * Lists the phones of each of {@code servers} (one listing per server), unless the listings already say it all:
   * every server its phone count and every phone its server.
   */
  public static PhonesByServer list(CloudPhoneClient cloud, List<Server> servers, List<Phone> phones) {
    boolean complete = servers.stream().allMatch(server -> server.phoneCount().isPresent())
        && phones.stream().allMatch(phone -> phone.serverId().isPresent());
    if (complete) {
      return none();
    }
    Map<String, List<String>> ids = new LinkedHashMap<>();
    for (Server server : servers) {
      PhoneFilter onServer = PhoneFilter.builder().serverId(server.id()).build();
      ids.put(server.id(), cloud.phones().list(onServer).stream().map(Phone::id).toList());
    }
    return new PhonesByServer(ids);
  }

  /** The server's phone count as listed, else as counted here. */
  public Optional<Integer> phoneCount(Server server) {
    return server.phoneCount().or(() -> Optional.ofNullable(phoneIds.get(server.id())).map(List::size));
  }

  /** The phone's server as listed, else the listed server it was found on. */
  public Optional<String> serverId(Phone phone) {
    return phone.serverId().or(() -> Optional.ofNullable(serverOf.get(phone.id())));
  }
}
