package io.cloudphone.core.internal.fleet;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.bulk.ItemResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Sends each id to the member it belongs to: known from the fleet's listings (its index), else looked up with
 * {@code get(id)} on each member in turn. Ids no member knows, and ids two members both claim, are not routed:
 * they get a FAILED result saying why.
 */
final class FleetRouter {
  /** Error code of an id no member knows. */
  static final String NOT_FOUND = "FleetMemberNotFound";
  /** Error code of an id several members claim. */
  static final String AMBIGUOUS = "FleetAmbiguousId";

  private final FleetContext fleet;

  FleetRouter(FleetContext fleet) {
    this.fleet = fleet;
  }

  /**
   * The route of each distinct id, in input order.
   *
   * @param ids the ids, repeats allowed
   * @param kind what they name
   * @param lookup reads one id from one member, throwing {@link NotFoundException} when it has no such thing
   */
  Routing route(Collection<String> ids, Kind kind, BiConsumer<CloudPhoneClient, String> lookup) {
    Map<String, List<String>> parts = new LinkedHashMap<>();
    Map<String, ItemResult> unrouted = new LinkedHashMap<>();
    Map<String, String> unreachable = new LinkedHashMap<>();
    List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
    for (String id : distinct) {
      if (fleet.index().isAmbiguous(kind, id)) {
        unrouted.put(id, ItemResult.failed(id, AMBIGUOUS, "several fleet members list " + kind.noun() + " " + id
            + "; use fleet.member(name) to act on it"));
        continue;
      }
      Optional<String> member = fleet.index().member(kind, id).or(() -> lookUp(kind, id, lookup, unreachable));
      if (member.isPresent()) {
        parts.computeIfAbsent(member.get(), name -> new ArrayList<>()).add(id);
      } else {
        unrouted.put(id, ItemResult.failed(id, NOT_FOUND, notFound(kind, id, unreachable)));
      }
    }
    return new Routing(distinct, parts, unrouted);
  }

  /** Asks each member that has not failed yet; a member that fails (down, throttled) is not asked again. */
  private Optional<String> lookUp(Kind kind, String id, BiConsumer<CloudPhoneClient, String> lookup,
      Map<String, String> unreachable) {
    for (Map.Entry<String, CloudPhoneClient> member : fleet.members().entrySet()) {
      if (unreachable.containsKey(member.getKey())) {
        continue;
      }
      try {
        lookup.accept(member.getValue(), id);
        fleet.index().record(kind, id, member.getKey());
        return Optional.of(member.getKey());
      } catch (NotFoundException e) {
        // not this member's
      } catch (RuntimeException e) {
        unreachable.put(member.getKey(), reason(e));
      }
    }
    return Optional.empty();
  }

  private String notFound(Kind kind, String id, Map<String, String> unreachable) {
    StringBuilder message = new StringBuilder("no fleet member knows ").append(kind.noun()).append(' ').append(id);
    if (!unreachable.isEmpty()) {
      message.append(" (could not ask");
      unreachable.forEach((member, why) -> message.append(' ').append(member).append(": ").append(why).append(';'));
      message.setLength(message.length() - 1);
      message.append(')');
    }
    return message.toString();
  }

  /** A short reason for an error: the provider's code and message, or the exception's message. */
  static String reason(Throwable e) {
    if (e instanceof CloudPhoneServiceException service && !service.errorCode().isEmpty()) {
      return service.errorCode() + ": " + service.errorMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /**
   * Where the ids go.
   *
   * @param ids the distinct ids in input order
   * @param parts each member's ids, in input order
   * @param unrouted the ids no member takes, each with its FAILED result
   */
  record Routing(List<String> ids, Map<String, List<String>> parts, Map<String, ItemResult> unrouted) {}
}
