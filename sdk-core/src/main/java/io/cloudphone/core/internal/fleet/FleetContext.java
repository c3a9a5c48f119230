package io.cloudphone.core.internal.fleet;

import io.cloudphone.core.Clock;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.FleetListing;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a fleet's views share: its members in the order they were added, the listing order, the id index and
 * the clock its waits are measured on.
 *
 * @param members the members by name, in the order they were added
 * @param listing how listings walk the members
 * @param index which member each id belongs to
 * @param clock the clock {@code jobs().await} measures its timeout on
 */
public record FleetContext(Map<String, CloudPhoneClient> members, FleetListing listing, FleetIndex index,
    Clock clock) {
  /** Copies the members, keeping their order. */
  public FleetContext {
    members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  /** The same fleet over other member clients (e.g. their {@code withDeadline} views), sharing the index. */
  public FleetContext withMembers(Map<String, CloudPhoneClient> others) {
    return new FleetContext(others, listing, index, clock);
  }

  CloudPhoneClient member(String name) {
    return members.get(name);
  }
}
