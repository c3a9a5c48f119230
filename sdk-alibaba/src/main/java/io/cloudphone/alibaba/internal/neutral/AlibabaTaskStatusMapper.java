package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.core.JobStatus;

/** Maps a DescribeTasks {@code TaskStatus} to the neutral {@link JobStatus}. */
public final class AlibabaTaskStatusMapper {
  private AlibabaTaskStatusMapper() {}

  /** The neutral status of {@code providerStatus}; {@link JobStatus#UNKNOWN} for null or undocumented values. */
  public static JobStatus toNeutral(String providerStatus) {
    if (providerStatus == null) {
      return JobStatus.UNKNOWN;
    }
    return switch (providerStatus.trim()) {
      case "Waiting" -> JobStatus.PENDING;
      case "Processing" -> JobStatus.RUNNING;
      case "Finished" -> JobStatus.SUCCEEDED;
      case "PartFinished" -> JobStatus.PARTIALLY_SUCCEEDED;
      case "Failed" -> JobStatus.FAILED;
      case "Skipped" -> JobStatus.CANCELLED;
      default -> JobStatus.UNKNOWN;
    };
  }
}
