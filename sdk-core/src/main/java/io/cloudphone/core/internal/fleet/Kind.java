package io.cloudphone.core.internal.fleet;

/** What an id names; the fleet keeps one index per kind, since providers may reuse ids across kinds. */
enum Kind {
  PHONE("phone"),
  SERVER("server"),
  JOB("job");

  private final String noun;

  Kind(String noun) {
    this.noun = noun;
  }

  String noun() {
    return noun;
  }
}
