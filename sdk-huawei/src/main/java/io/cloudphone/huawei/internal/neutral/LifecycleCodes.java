package io.cloudphone.huawei.internal.neutral;

import java.util.List;

/**
 * The CPH phone status codes one lifecycle operation moves a phone through (API reference §5.3.1): the status while
 * it runs, after it succeeded, after it failed.
 *
 * @param verb what the operation is doing, for messages ({@code restarting})
 * @param during the status while it runs
 * @param done the status it leaves behind on success
 * @param failed the status it leaves behind on failure
 * @param doneShowsIt whether a phone already in {@code done} counts as done (start, stop: a running phone needs no
 *     start) or tells nothing (restart, reset: a running phone may never have been restarted)
 */
record LifecycleCodes(String verb, int during, int done, int failed, boolean doneShowsIt) {
  /** RestartCloudPhone as a restart: 4 restarting, then 2 running or -6 restart failed. */
  static final LifecycleCodes RESTART = new LifecycleCodes("restarting", 4, 2, -6, false);
  /** RestartCloudPhone as a start: a running phone is started already. */
  static final LifecycleCodes START = new LifecycleCodes("starting", 4, 2, -6, true);
  /** StopCloudPhone: 7 stopping, then 8 stopped or -9 stopping failed. */
  static final LifecycleCodes STOP = new LifecycleCodes("stopping", 7, 8, -9, true);
  /** ResetCloudPhone: 3 resetting, then 2 running or -5 reset failed. */
  static final LifecycleCodes RESET = new LifecycleCodes("resetting", 3, 2, -5, false);

  /** The statuses to list, the transitional one first (see {@link HuaweiPhoneStates}). */
  List<Integer> all() {
    return List.of(during, done, failed);
  }

  /** The statuses that show a request reached CPH, the transitional one first. */
  List<Integer> evidence() {
    return doneShowsIt ? List.of(during, done, failed) : List.of(during, failed);
  }
}
