package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.JobStatus;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.huawei.model.SubmittedJob;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads a batch answer ({@code request_id} plus one {@code jobs} item per phone or server) into item results. */
final class SubmittedJobs {
  private SubmittedJobs() {}

  /**
   * One result per item the answer names: FAILED with the item's own code and message (CPH answers HTTP 200
   * even when some items fail), IN_PROGRESS with its job otherwise; each job is remembered in {@code index}.
   */
  static Map<String, ItemResult> toItems(Optional<String> requestId, List<SubmittedJob> jobs,
      Function<SubmittedJob, Optional<String>> target, JobRequestIndex index) {
    Map<String, ItemResult> items = new HashMap<>();
    for (SubmittedJob job : jobs) {
      Optional<String> id = target.apply(job);
      if (id.isEmpty()) {
        continue;
      }
      if (job.hasError()) {
        items.put(id.get(), ItemResult.failed(id.get(), job.errorCode().orElse(null), job.errorMsg().orElse("")));
      } else if (job.jobId().filter(jobId -> !jobId.isBlank()).isPresent()) {
        String jobId = job.jobId().get();
        requestId.ifPresent(request -> index.put(jobId, request));
        items.put(id.get(), ItemResult.builder().id(id.get()).outcome(ItemOutcome.IN_PROGRESS).jobId(jobId)
            .jobStatus(JobStatus.RUNNING).build());
      } else {
        items.put(id.get(), ItemResult.failed(id.get(), null,
            job.errorMsg().orElse("Huawei CPH accepted the item but named no job for it")));
      }
    }
    return items;
  }
}
