package io.cloudphone.huawei.internal.neutral;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which request started each job, so jobs can be read with {@code ListJobs} (20 request ids a call) instead of
 * one {@code ShowJob} per job. Bounded: the oldest entries go first, and a forgotten job is read with ShowJob.
 */
final class JobRequestIndex {
  private final Map<String, String> requestByJob;

  /** An index remembering at most {@code capacity} jobs. */
  JobRequestIndex(int capacity) {
    this.requestByJob = new LinkedHashMap<>(256, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Remembers that {@code requestId} started {@code jobId}. */
  synchronized void put(String jobId, String requestId) {
    requestByJob.put(jobId, requestId);
  }

  /** The request that started {@code jobId}, when known. */
  synchronized Optional<String> requestOf(String jobId) {
    return Optional.ofNullable(requestByJob.get(jobId));
  }
}
