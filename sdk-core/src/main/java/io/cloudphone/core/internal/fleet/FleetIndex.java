package io.cloudphone.core.internal.fleet;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which member each id belongs to, learned from the fleet's own listings, lookups and bulk results. An id that
 * two members both report is remembered as ambiguous, so it is never routed to the wrong one.
 */
public final class FleetIndex {
  private final Map<Kind, Map<String, String>> members = new EnumMap<>(Kind.class);
  private final Map<Kind, Set<String>> ambiguous = new EnumMap<>(Kind.class);

  /** An empty index. */
  public FleetIndex() {
    for (Kind kind : Kind.values()) {
      members.put(kind, new ConcurrentHashMap<>());
      ambiguous.put(kind, ConcurrentHashMap.newKeySet());
    }
  }

  void record(Kind kind, String id, String member) {
    String before = members.get(kind).putIfAbsent(id, member);
    if (before != null && !before.equals(member)) {
      ambiguous.get(kind).add(id);
    }
  }

  Optional<String> member(Kind kind, String id) {
    return Optional.ofNullable(members.get(kind).get(id));
  }

  boolean isAmbiguous(Kind kind, String id) {
    return ambiguous.get(kind).contains(id);
  }
}
