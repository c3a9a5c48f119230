package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.core.JobStatus;

/** Maps a DescribeInvocations {@code InvocationStatus} (one instance's RunCommand run) to {@link JobStatus}. */
public final class AlibabaInvocationStatusMapper {
  private AlibabaInvocationStatusMapper() {}

  /** The neutral status of {@code providerStatus}; {@link JobStatus#UNKNOWN} for null or undocumented values. */
  public static JobStatus toNeutral(String providerStatus) {
    if (providerStatus == null) {
      return JobStatus.UNKNOWN;
    }
    return switch (providerStatus.trim()) {
      case "Pending" -> JobStatus.PENDING;
      case "Running" -> JobStatus.RUNNING;
      case "Success" -> JobStatus.SUCCEEDED;
      // A command that ran out of time did not finish: a failure, with the raw value kept as its error code.
      case "Failed", "Timeout" -> JobStatus.FAILED;
      default -> JobStatus.UNKNOWN;
    };
  }
}
