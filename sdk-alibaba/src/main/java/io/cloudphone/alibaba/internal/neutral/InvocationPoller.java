package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.DescribeInvocationsRequest;
import io.cloudphone.core.Job;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.CompletionPoller;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Follows RunCommand through DescribeInvocations (at most 50 instances a call): each phone's invocation gives its
 * status and its command output.
 */
final class InvocationPoller implements CompletionPoller {
  /** DescribeInvocations reads at most 50 instances' results a call. */
  static final int IDS_PER_CALL = 50;

  private final AlibabaCloudPhoneClient client;

  InvocationPoller(AlibabaCloudPhoneClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<Map<String, ItemResult>> poll(List<ItemResult> pending) {
    Map<String, List<String>> byInvocation = new LinkedHashMap<>();
    pending.forEach(item -> item.jobId().ifPresent(job ->
        byInvocation.computeIfAbsent(job, k -> new ArrayList<>()).add(item.id())));
    List<Supplier<CompletableFuture<Map<String, ItemResult>>>> calls = new ArrayList<>();
    byInvocation.forEach((invokeId, phones) -> BoundedBatches.chunks(phones, IDS_PER_CALL)
        .forEach(chunk -> calls.add(() -> lookUp(invokeId, chunk))));
    return BoundedBatches.run(calls, BoundedBatches.PARALLEL);
  }

  /** The jobs of one command run on these phones (at most 50). */
  CompletableFuture<List<Job>> jobs(String invokeId, List<String> phoneIds) {
    DescribeInvocationsRequest request = DescribeInvocationsRequest.builder()
        .invocationId(invokeId).instanceIds(phoneIds).build();
    return client.async().describeInvocations(request)
        .thenApply(response -> response.data().stream().map(AlibabaJobMapper::fromInvocation).toList());
  }

  private CompletableFuture<Map<String, ItemResult>> lookUp(String invokeId, List<String> phoneIds) {
    return jobs(invokeId, phoneIds).thenApply(jobs -> {
      Map<String, ItemResult> updates = new HashMap<>();
      jobs.forEach(job -> job.targetId().filter(phoneIds::contains)
          .ifPresent(phone -> updates.put(phone, ItemResults.fromJob(phone, job))));
      return updates;
    });
  }
}
