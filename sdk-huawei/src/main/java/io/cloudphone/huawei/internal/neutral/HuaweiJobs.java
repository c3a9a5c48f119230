package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.Job;
import io.cloudphone.core.Jobs;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.Provider;
import io.cloudphone.core.ServiceError;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.BulkEngine;
import io.cloudphone.core.internal.Futures;
import io.cloudphone.core.internal.Validate;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.model.ShowJobRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Huawei jobs through the neutral API: {@code ShowJob} for one job; for many, {@code ListJobs} by the ids of the
 * requests that started them (20 a call) when this client started them, {@code ShowJob} otherwise.
 */
public final class HuaweiJobs implements Jobs {
  /** Waiting sends no requests of its own, so its "chunks" need no pacing. */
  private static final int AWAIT_CHUNK = 10_000;
  private static final double AWAIT_RATE = 1_000_000.0;

  private final HuaweiCphClient client;
  private final BulkEngine engine;
  private final HuaweiJobFetcher fetcher;

  HuaweiJobs(HuaweiCphClient client, BulkEngine engine, HuaweiJobFetcher fetcher) {
    this.client = client;
    this.engine = engine;
    this.fetcher = fetcher;
  }

  /**
   * Reads one job with {@code ShowJob}.
   *
   * @throws NotFoundException when it does not exist
   */
  @Override
  public Job get(String jobId) {
    Validate.id("jobId", jobId);
    return HuaweiJobMapper.toJob(client.showJob(ShowJobRequest.builder().jobId(jobId).build()), jobId);
  }

  /** The jobs of a bulk operation's result as they are now, in the result's order; vanished jobs are left out. */
  @Override
  public List<Job> list(BulkResult result) {
    Validate.notNull("result", result);
    List<String> jobIds = result.items().stream().map(ItemResult::jobId).flatMap(Optional::stream)
        .distinct().collect(Collectors.toList());
    Map<String, Job> jobs = Futures.join(fetcher.fetch(jobIds)).jobs();
    List<Job> ordered = new ArrayList<>();
    for (String jobId : jobIds) {
      Optional.ofNullable(jobs.get(jobId)).ifPresent(ordered::add);
    }
    return ordered;
  }

  /**
   * Polls the jobs with backoff on the client's clock until each has finished.
   *
   * @throws io.cloudphone.core.bulk.BulkTimeoutException when {@code timeout} passes first
   * @throws NotFoundException when CPH does not know one of the jobs
   */
  @Override
  public List<Job> await(Collection<String> jobIds, Duration timeout) {
    Validate.ids("jobIds", jobIds);
    Validate.positive("timeout", timeout);
    Map<String, Job> latest = new ConcurrentHashMap<>();
    BulkResult result = engine.start("await jobs", jobIds, AWAIT_CHUNK, AWAIT_RATE,
        BulkOptions.defaults(), chunk -> CompletableFuture.completedFuture(chunk.stream().collect(
            Collectors.toMap(id -> id, id -> ItemResult.builder().id(id).outcome(ItemOutcome.IN_PROGRESS)
                .jobId(id).build()))),
        new HuaweiJobPoller(fetcher, latest::put)).awaitCompletion(timeout);
    List<Job> jobs = new ArrayList<>();
    for (String jobId : new LinkedHashSet<>(jobIds)) {
      Job job = latest.get(jobId);
      if (job == null) {
        Optional<ItemResult> item = result.item(jobId);
        throw new NotFoundException(new ServiceError(Provider.HUAWEI, 404,
            item.flatMap(ItemResult::errorCode).orElse(""),
            item.flatMap(ItemResult::errorMessage).orElse("job " + jobId + " not found"), Optional.empty()), null);
      }
      jobs.add(job);
    }
    return jobs;
  }


  @Override
  public String toString() {
    return "HuaweiJobs";
  }
}
