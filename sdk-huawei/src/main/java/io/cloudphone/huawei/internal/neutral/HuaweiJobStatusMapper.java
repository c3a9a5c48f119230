package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.JobStatus;

/** Maps CPH job status codes (API reference §5.4: 1 running, 2 succeeded, -1 failed) to {@link JobStatus}. */
public final class HuaweiJobStatusMapper {
  private HuaweiJobStatusMapper() {}

  /** The neutral status of a CPH job status code; absent or undocumented codes are UNKNOWN. */
  public static JobStatus toNeutral(Integer providerStatus) {
    if (providerStatus == null) {
      return JobStatus.UNKNOWN;
    }
    return switch (providerStatus) {
      case 1 -> JobStatus.RUNNING;
      case 2 -> JobStatus.SUCCEEDED;
      case -1 -> JobStatus.FAILED;
      default -> JobStatus.UNKNOWN;
    };
  }
}
