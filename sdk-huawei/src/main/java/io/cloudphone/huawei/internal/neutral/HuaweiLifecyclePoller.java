package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.CompletionPoller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Follows lifecycle items: those with a job through {@code ListJobs}; those adopted on resume without one (CPH
 * showed the phone mid-operation, but its job cannot be found) through the phones' status, read in batches by
 * {@link HuaweiPhoneStates} until each leaves the transitional status.
 */
final class HuaweiLifecyclePoller implements CompletionPoller {
  private final CompletionPoller jobs;
  private final HuaweiPhoneStates states;
  private final LifecycleCodes codes;

  HuaweiLifecyclePoller(CompletionPoller jobs, HuaweiPhoneStates states, LifecycleCodes codes) {
    this.jobs = jobs;
    this.states = states;
    this.codes = codes;
  }

  @Override
  public CompletableFuture<Map<String, ItemResult>> poll(List<ItemResult> pending) {
    List<ItemResult> withJob = pending.stream().filter(item -> item.jobId().isPresent()).toList();
    List<String> withoutJob = pending.stream().filter(item -> item.jobId().isEmpty()).map(ItemResult::id).toList();
    CompletableFuture<Map<String, ItemResult>> byJob = withJob.isEmpty()
        ? CompletableFuture.completedFuture(Map.of()) : jobs.poll(withJob);
    CompletableFuture<Map<String, ItemResult>> byStatus = withoutJob.isEmpty()
        ? CompletableFuture.completedFuture(Map.of()) : byStatus(withoutJob);
    return byJob.thenCombine(byStatus, (a, b) -> {
      Map<String, ItemResult> out = new HashMap<>(a);
      out.putAll(b);
      return out;
    });
  }

  private CompletableFuture<Map<String, ItemResult>> byStatus(List<String> ids) {
    return states.find(ids, codes.all()).thenApply(found -> {
      Map<String, ItemResult> out = new HashMap<>();
      for (String id : ids) {
        int status = found.containsKey(id) ? found.get(id).status().orElse(Integer.MIN_VALUE) : Integer.MIN_VALUE;
        if (status == codes.done()) {
          out.put(id, ItemResult.builder().id(id).outcome(ItemOutcome.SUCCEEDED).build());
        } else if (status != codes.during()) {
          out.put(id, ItemResult.failed(id, null, status == codes.failed()
              ? "CPH shows the phone in status " + status + " (" + codes.verb() + " failed)"
              : "ListCloudPhones no longer shows the phone " + codes.verb() + ", nor in status " + codes.done()
                  + " or " + codes.failed()));
        }
      }
      return out;
    });
  }
}
