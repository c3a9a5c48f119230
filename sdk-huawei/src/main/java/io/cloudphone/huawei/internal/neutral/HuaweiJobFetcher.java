package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.Job;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.internal.Futures;
import io.cloudphone.huawei.HuaweiCphAsyncClient;
import io.cloudphone.huawei.model.ListJobsRequest;
import io.cloudphone.huawei.model.ShowJobRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the current state of many jobs without blocking: jobs whose starting request is known are read with
 * {@code ListJobs}, 20 request ids a call and 100 jobs a page; the rest (and any a ListJobs answer left out) with
 * {@code ShowJob}, a few at a time.
 */
final class HuaweiJobFetcher {
  /** The jobs read, and the ids CPH says do not exist. */
  record Fetched(Map<String, Job> jobs, Set<String> notFound) {}

  private final HuaweiCphAsyncClient async;
  private final JobRequestIndex index;

  HuaweiJobFetcher(HuaweiCphAsyncClient async, JobRequestIndex index) {
    this.async = async;
    this.index = index;
  }

  /** Reads {@code jobIds}; a job whose call failed is simply absent from the answer. */
  CompletableFuture<Fetched> fetch(Collection<String> jobIds) {
    Set<String> wanted = new LinkedHashSet<>(jobIds);
    Map<String, Job> found = new ConcurrentHashMap<>();
    Set<String> notFound = ConcurrentHashMap.newKeySet();
    Set<String> failedRequests = ConcurrentHashMap.newKeySet();
    Set<String> requestIds = new LinkedHashSet<>();
    wanted.forEach(jobId -> index.requestOf(jobId).ifPresent(requestIds::add));
    List<List<String>> groups = partition(new ArrayList<>(requestIds), HuaweiBulkLimits.LIST_JOBS_REQUEST_IDS);
    return BoundedCalls.forEach(groups, HuaweiBulkLimits.POLL_CONCURRENCY,
            group -> listAll(group, 0, wantedOf(group, wanted), found).whenComplete((done, error) -> {
              if (error != null) {
                failedRequests.addAll(group);
              }
            }))
        .thenCompose(listed -> {
          List<String> missing = new ArrayList<>();
          for (String jobId : wanted) {
            boolean requestFailed = index.requestOf(jobId).map(failedRequests::contains).orElse(false);
            if (!found.containsKey(jobId) && !requestFailed) {
              missing.add(jobId);
            }
          }
          return BoundedCalls.forEach(missing, HuaweiBulkLimits.POLL_CONCURRENCY,
              jobId -> show(jobId, found, notFound));
        })
        .thenApply(done -> new Fetched(Map.copyOf(found), Set.copyOf(notFound)));
  }

  /** The wanted jobs started by the requests of {@code group}: once all are read, no further page is asked for. */
  private Set<String> wantedOf(List<String> group, Set<String> wanted) {
    Set<String> requests = Set.copyOf(group);
    Set<String> mine = ConcurrentHashMap.newKeySet();
    wanted.forEach(jobId -> index.requestOf(jobId).filter(requests::contains).ifPresent(request -> mine.add(jobId)));
    return mine;
  }

  private CompletableFuture<Void> listAll(List<String> requestIds, int offset, Set<String> wanted,
      Map<String, Job> found) {
    ListJobsRequest.Builder request = ListJobsRequest.builder().limit(HuaweiBulkLimits.LIST_JOBS_PAGE);
    if (requestIds.size() == 1) {
      request.requestId(requestIds.get(0)); // the form every CPH version understands
    } else {
      request.requestIds(requestIds);
    }
    if (offset > 0) {
      request.offset(offset); // the reference wants an offset above 0 when one is sent
    }
    return async.listJobs(request.build()).thenCompose(page -> {
      for (io.cloudphone.huawei.model.Job job : page.jobs()) {
        job.jobId().filter(wanted::contains).ifPresent(id -> found.put(id, HuaweiJobMapper.toJob(job)));
      }
      // ListJobs gives no total: a short page is the last one, and so is a page that completes what was wanted
      // (which saves the empty page after a request whose jobs fill whole pages).
      if (page.jobs().size() < HuaweiBulkLimits.LIST_JOBS_PAGE || found.keySet().containsAll(wanted)) {
        return CompletableFuture.completedFuture(null);
      }
      return listAll(requestIds, offset + page.jobs().size(), wanted, found);
    });
  }

  private CompletableFuture<Void> show(String jobId, Map<String, Job> found, Set<String> notFound) {
    return async.showJob(ShowJobRequest.builder().jobId(jobId).build()).handle((job, error) -> {
      if (error == null) {
        found.put(jobId, HuaweiJobMapper.toJob(job, jobId));
      } else if (Futures.unwrap(error) instanceof NotFoundException) {
        notFound.add(jobId);
      }
      return null;
    });
  }

  static <T> List<List<T>> partition(List<T> items, int size) {
    List<List<T>> parts = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      parts.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
    }
    return parts;
  }

}
