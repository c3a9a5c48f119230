package io.cloudphone.core;

import io.cloudphone.core.bulk.BulkProgress;
import java.util.List;
import java.util.Objects;

/**
 * Hears about every attempt a client makes and every progress step of its bulk operations, for metrics,
 * tracing and logging; set it with {@code builder.callListener(listener)}. Its events carry no header, query
 * string, body, credential, token or signature. It is called on SDK threads, so it must be quick and must not
 * block; an exception it throws is logged at DEBUG and otherwise ignored.
 */
public interface CallListener {
  /** Called once when an attempt ends: answered, refused or failed in transit, with the retry decision. */
  default void onAttempt(CallAttempt attempt) {}

  /** Called with each progress snapshot of a bulk operation the client runs. */
  default void onBulkProgress(BulkProgress progress) {}

  /** A listener that ignores everything. */
  static CallListener none() {
    return NoCallListener.INSTANCE;
  }

  /** A listener that passes every event to each of {@code listeners} in turn. */
  static CallListener composite(CallListener... listeners) {
    List<CallListener> all = List.of(listeners);
    all.forEach(listener -> Objects.requireNonNull(listener, "listener"));
    return new CallListener() {
      @Override
      public void onAttempt(CallAttempt attempt) {
        all.forEach(listener -> listener.onAttempt(attempt));
      }

      @Override
      public void onBulkProgress(BulkProgress progress) {
        all.forEach(listener -> listener.onBulkProgress(progress));
      }
    };
  }
}

/** The listener that ignores everything. */
enum NoCallListener implements CallListener {
  INSTANCE
}
