package io.cloudphone.testkit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a fake received, in arrival order, for tests to assert on; safe to read while requests arrive. */
public interface RequestLog {
  /** Every request so far. */
  List<LoggedRequest> requests();

  /** The requests of one operation, e.g. {@code "BatchRestartCloudPhones"}. */
  default List<LoggedRequest> requests(String operation) {
    return requests().stream().filter(r -> r.operation().equals(operation)).toList();
  }

  /** The requests a fault was injected into. */
  default List<LoggedRequest> faults() {
    return requests().stream().filter(r -> r.fault().isPresent()).toList();
  }

  /** The requests a given fault was injected into. */
  default List<LoggedRequest> faults(Fault fault) {
    return requests().stream().filter(r -> r.fault().filter(fault::equals).isPresent()).toList();
  }

  /** Number of requests of one operation. */
  default long count(String operation) {
    return requests(operation).size();
  }

  /**
   * How many requests of {@code operation} targeted each phone (see {@link LoggedRequest#phoneIds()}), counting
   * every request the fake received, whatever it answered: the witness for "never sent twice to the same phone".
   */
  default Map<String, Long> countByPhone(String operation) {
    Map<String, Long> counts = new TreeMap<>();
    requests(operation).forEach(request -> request.phoneIds().forEach(id -> counts.merge(id, 1L, Long::sum)));
    return counts;
  }

  /** Forgets every request so far (e.g. after a test's setup). */
  void clear();
}
