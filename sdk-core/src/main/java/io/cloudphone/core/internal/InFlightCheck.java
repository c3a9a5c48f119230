package io.cloudphone.core.internal;

import io.cloudphone.core.bulk.ItemResult;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A provider's way to find out, when a journaled operation is resumed, whether requests sent before the crash
 * without a recorded answer reached it: their jobs or tasks, or the phones' own state.
 */
public interface InFlightCheck {
  /**
   * Looks for traces of the requests for these ids ({@code sentAt}: id to when its request was journaled as
   * about to be sent), with as many ids per look-up as the provider allows. Per id: IN_PROGRESS when the provider
   * is still working on it (carrying what the plan's poller needs, such as its job or task id), SUCCEEDED or FAILED
   * when that work already ended (or the phone is already where the operation would put it); no entry when
   * nothing shows that the provider got the request.
   */
  CompletableFuture<Map<String, ItemResult>> check(Map<String, Instant> sentAt);

  /**
   * What an id without an entry means, as a clause for its failure message, e.g. {@code "ListCloudPhones shows it
   * neither resetting nor failed to reset"}, or why the provider cannot be asked at all.
   */
  String noTrace();

  /** A check that makes {@code check}, described by {@code noTrace} for the ids it finds nothing for. */
  static InFlightCheck of(String noTrace, Function<Map<String, Instant>, CompletableFuture<Map<String, ItemResult>>>
      check) {
    return new InFlightCheck() {
      @Override
      public CompletableFuture<Map<String, ItemResult>> check(Map<String, Instant> sentAt) {
        return check.apply(sentAt);
      }

      @Override
      public String noTrace() {
        return noTrace;
      }
    };
  }

  /** A check that finds nothing without asking, because {@code why} (the provider offers no way to look). */
  static InFlightCheck none(String why) {
    return of(why, sentAt -> CompletableFuture.completedFuture(Map.of()));
  }
}
