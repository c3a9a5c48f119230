package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.core.Job;
import io.cloudphone.core.JobStatus;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Builds the per-id results a bulk operation records from what Alibaba answered. */
final class ItemResults {
  private ItemResults() {}

  /** Every id accepted and still running, optionally under one job. */
  static Map<String, ItemResult> inProgress(List<String> ids, Optional<String> jobId) {
    Map<String, ItemResult> out = new LinkedHashMap<>();
    ids.forEach(id -> out.put(id, inProgress(id, jobId)));
    return out;
  }

  /**
   * Every id accepted and still running, each under its own job where {@code own} (phone to job id) names one,
   * else under {@code shared}, which may be empty.
   */
  static Map<String, ItemResult> inProgress(List<String> ids, Map<String, String> own, Optional<String> shared) {
    Map<String, ItemResult> out = new LinkedHashMap<>();
    ids.forEach(id -> out.put(id, inProgress(id, Optional.ofNullable(own.get(id)).or(() -> shared))));
    return out;
  }

  /** Phone to job id from per-instance entries of an answer, skipping entries without both. */
  static <T> Map<String, String> jobsByPhone(List<T> entries, Function<T, Optional<String>> phone,
      Function<T, Optional<String>> job) {
    Map<String, String> out = new HashMap<>();
    entries.forEach(entry -> phone.apply(entry).filter(id -> !id.isEmpty()).ifPresent(id -> job.apply(entry)
        .filter(j -> !j.isEmpty()).ifPresent(j -> out.put(id, j))));
    return out;
  }

  /** One id accepted and still running. */
  static ItemResult inProgress(String id, Optional<String> jobId) {
    return ItemResult.builder().id(id).outcome(ItemOutcome.IN_PROGRESS).jobId(jobId).build();
  }

  /** The result of a phone's job as it stands: final once the job is, IN_PROGRESS with its status otherwise. */
  static ItemResult fromJob(String id, Job job) {
    return fromJob(id, job, job.id());
  }

  /**
   * The same, recorded under {@code jobId}: a phone followed through a batch task keeps the batch task's id, which
   * is what the next poll and {@code jobs().list} look its child task up by.
   */
  static ItemResult fromJob(String id, Job job, String jobId) {
    ItemResult.Builder result = ItemResult.builder().id(id).jobId(Optional.of(jobId).filter(j -> !j.isEmpty()))
        .jobStatus(job.status()).output(job.output());
    if (job.status() == JobStatus.SUCCEEDED) {
      return result.outcome(ItemOutcome.SUCCEEDED).build();
    }
    if (job.status().isTerminal()) {
      return result.outcome(ItemOutcome.FAILED)
          .errorCode(job.errorCode().or(() -> Optional.of(job.providerStatus()).filter(s -> !s.isEmpty())))
          .errorMessage(job.errorMessage().or(() -> Optional.of("the job ended " + job.providerStatus())))
          .build();
    }
    return result.outcome(ItemOutcome.IN_PROGRESS).build();
  }
}
