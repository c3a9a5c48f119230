package io.cloudphone.core;

import io.cloudphone.core.bulk.BulkResult;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** Asynchronous work of either provider: Huawei jobs, Alibaba tasks and command invocations. */
public interface Jobs {
  /**
   * Reads one job.
   *
   * @throws NotFoundException when it does not exist
   */
  Job get(String jobId);

  /** The jobs a bulk operation started, as they are now. */
  List<Job> list(BulkResult result);

  /**
   * Waits, polling with backoff on the client's clock, until every job has finished.
   *
   * @throws io.cloudphone.core.bulk.BulkTimeoutException when {@code timeout} passes first
   */
  List<Job> await(Collection<String> jobIds, Duration timeout);
}
