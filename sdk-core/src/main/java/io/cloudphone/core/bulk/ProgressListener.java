package io.cloudphone.core.bulk;

/** Receives progress snapshots of a bulk operation; called from SDK threads, so it must be quick. */
@FunctionalInterface
public interface ProgressListener {
  /** Called after each chunk or poll with the current snapshot. */
  void onProgress(BulkProgress progress);
}
