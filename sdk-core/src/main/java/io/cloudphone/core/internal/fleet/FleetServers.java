package io.cloudphone.core.internal.fleet;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Paged;
import io.cloudphone.core.Server;
import io.cloudphone.core.ServerFilter;
import io.cloudphone.core.Servers;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The servers of every member of a fleet. */
public final class FleetServers implements Servers {
  private final FleetContext fleet;
  private final FleetRouter router;

  /** The servers of {@code fleet}'s members. */
  public FleetServers(FleetContext fleet) {
    this.fleet = fleet;
    this.router = new FleetRouter(fleet);
  }

  @Override
  public Paged<Server> list(ServerFilter filter) {
    Objects.requireNonNull(filter, "filter");
    List<Map.Entry<String, Supplier<Paged<Server>>>> sources = new ArrayList<>();
    fleet.members().forEach((name, member) -> sources.add(Map.entry(name, () -> member.servers().list(filter))));
    return new FleetPaged<>("servers", sources, fleet.listing(), this::stamp);
  }

  private Server stamp(Server server, String member) {
    fleet.index().record(Kind.SERVER, server.id(), member);
    return Server.builder().from(server).member(member).build();
  }

  @Override
  public Server get(String serverId) {
    Objects.requireNonNull(serverId, "serverId");
    FleetLookup.Found<Server> found = FleetLookup.find(fleet, Kind.SERVER, serverId, FleetServers::read);
    return stamp(found.value(), found.member());
  }

  private static Server read(CloudPhoneClient member, String serverId) {
    return member.servers().get(serverId);
  }

  @Override
  public BulkOperation restart(Collection<String> serverIds, BulkOptions options) {
    Objects.requireNonNull(serverIds, "serverIds");
    Objects.requireNonNull(options, "options");
    FleetRouter.Routing routing = router.route(serverIds, Kind.SERVER, FleetServers::read);
    return new FleetBulkOperation("restart servers", routing, options.listener(), fleet.index())
        .start((member, ids, progress) -> fleet.member(member).servers().restart(ids,
            BulkOptions.builder().from(options).listener(progress).build()));
  }
}
