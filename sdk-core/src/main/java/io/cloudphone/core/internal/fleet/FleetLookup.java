package io.cloudphone.core.internal.fleet;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.FleetMemberException;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.ServiceError;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Reads one thing by id from the member that has it: the indexed member first, else each member in turn. */
final class FleetLookup {
  private FleetLookup() {}

  /**
   * The thing and the member it came from.
   *
   * @throws NotFoundException when no member has it
   * @throws FleetMemberException when a member that might have it could not be asked
   */
  static <T> Found<T> find(FleetContext fleet, Kind kind, String id, BiFunction<CloudPhoneClient, String, T> get) {
    Optional<String> indexed = fleet.index().member(kind, id);
    if (indexed.isPresent() && !fleet.index().isAmbiguous(kind, id)) {
      return new Found<>(indexed.get(), ask(indexed.get(), fleet.member(indexed.get()), kind, id, get));
    }
    FleetMemberException unreachable = null;
    for (Map.Entry<String, CloudPhoneClient> member : fleet.members().entrySet()) {
      try {
        T value = get.apply(member.getValue(), id);
        fleet.index().record(kind, id, member.getKey());
        return new Found<>(member.getKey(), value);
      } catch (NotFoundException e) {
        // not this member's
      } catch (RuntimeException e) {
        unreachable = unreachable != null ? unreachable
            : new FleetMemberException(member.getKey(), "reading " + kind.noun() + " " + id, e);
      }
    }
    if (unreachable != null) {
      throw unreachable;
    }
    CloudPhoneClient first = fleet.members().values().iterator().next();
    throw new NotFoundException(new ServiceError(first.provider(), 404, FleetRouter.NOT_FOUND,
        "no fleet member knows " + kind.noun() + " " + id, Optional.empty()), null);
  }

  private static <T> T ask(String name, CloudPhoneClient member, Kind kind, String id,
      BiFunction<CloudPhoneClient, String, T> get) {
    try {
      return get.apply(member, id);
    } catch (NotFoundException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new FleetMemberException(name, "reading " + kind.noun() + " " + id, e);
    }
  }

  /** What was found, and where. */
  record Found<T>(String member, T value) {}
}
