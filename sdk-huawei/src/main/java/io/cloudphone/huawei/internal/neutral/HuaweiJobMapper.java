package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.Job;
import io.cloudphone.core.JobStatus;
import io.cloudphone.core.Provider;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.huawei.model.ShowJobResponse;
import java.util.Optional;

/** Turns CPH jobs ({@code ListJobs} items and {@code ShowJob} answers) into neutral {@link Job}s and item results. */
public final class HuaweiJobMapper {
  private HuaweiJobMapper() {}

  /** Maps a {@code ListJobs} (or {@code RunSyncCommand}) item; it must carry a job id. */
  public static Job toJob(io.cloudphone.huawei.model.Job job) {
    return Job.builder()
        .provider(Provider.HUAWEI)
        .id(job.jobId().orElseThrow(() -> new IllegalArgumentException("a listed job has no job_id")))
        .targetId(job.phoneId().or(job::serverId).or(job::encodeServerId).or(job::nodeId))
        .status(HuaweiJobStatusMapper.toNeutral(job.status().orElse(null)))
        .providerStatus(HuaweiPhoneMapper.raw(job.status()))
        .errorCode(nonBlank(job.errorCode()))
        .errorMessage(nonBlank(job.errorMsg()))
        .output(job.executeMsg())
        .startedAt(job.beginTime())
        .endedAt(job.endTime())
        .build();
  }

  /** Maps a {@code ShowJob} answer, falling back to {@code requestedId} when it names no job. */
  public static Job toJob(ShowJobResponse job, String requestedId) {
    return Job.builder()
        .provider(Provider.HUAWEI)
        .id(job.jobId().orElse(requestedId))
        .targetId(job.phoneId().or(job::serverId))
        .status(HuaweiJobStatusMapper.toNeutral(job.status().orElse(null)))
        .providerStatus(HuaweiPhoneMapper.raw(job.status()))
        .errorCode(nonBlank(job.errorCode()))
        .errorMessage(nonBlank(job.errorMsg()))
        .output(job.executeMsg())
        .startedAt(job.beginTime())
        .endedAt(job.endTime())
        .build();
  }

  /**
   * The bulk result of item {@code itemId} whose job is {@code job}: SUCCEEDED or FAILED once the job is final,
   * IN_PROGRESS while it runs (or reports a status this SDK does not know).
   */
  public static ItemResult toItemResult(String itemId, Job job) {
    JobStatus status = job.status();
    ItemOutcome outcome = switch (status) {
      case SUCCEEDED, PARTIALLY_SUCCEEDED -> ItemOutcome.SUCCEEDED;
      case FAILED, CANCELLED -> ItemOutcome.FAILED;
      default -> ItemOutcome.IN_PROGRESS;
    };
    ItemResult.Builder result = ItemResult.builder().id(itemId).outcome(outcome).jobId(job.id())
        .jobStatus(status).output(job.output());
    if (outcome == ItemOutcome.FAILED) {
      result.errorCode(job.errorCode())
          .errorMessage(job.errorMessage().or(() -> Optional.of("job " + job.id() + " failed")));
    }
    return result.build();
  }

  private static Optional<String> nonBlank(Optional<String> text) {
    return text.filter(value -> !value.isBlank());
  }
}
