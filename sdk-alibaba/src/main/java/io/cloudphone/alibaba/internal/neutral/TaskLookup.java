package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.DescribeTasksRequest;
import io.cloudphone.alibaba.model.DescribeTasksResponse;
import io.cloudphone.alibaba.model.Task;
import io.cloudphone.core.CloudPhoneException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Reads tasks through DescribeTasks without blocking, following NextToken to the last page. */
final class TaskLookup {
  /** DescribeTasks' largest page (MaxResults 1 to 100), also used as the most task ids asked for at once. */
  static final int PAGE = 100;

  private final AlibabaCloudPhoneClient client;

  TaskLookup(AlibabaCloudPhoneClient client) {
    this.client = client;
  }

  /** The per-instance tasks of batch task {@code parentTaskId}. */
  CompletableFuture<List<Task>> children(String parentTaskId) {
    return all(DescribeTasksRequest.builder().parentTaskId(parentTaskId).maxResults(PAGE).build());
  }

  /** The tasks with these ids (at most {@link #PAGE}). */
  CompletableFuture<List<Task>> byIds(List<String> taskIds) {
    return all(DescribeTasksRequest.builder().taskIds(taskIds).maxResults(PAGE).build());
  }

  /**
   * The per-instance tasks (level 2) of these types on these instances (at most {@link #PAGE}), every page: what
   * a resumed run looks through for requests whose answer was lost.
   */
  CompletableFuture<List<Task>> onInstances(List<String> instanceIds, List<String> taskTypes) {
    return all(DescribeTasksRequest.builder().resourceIds(instanceIds).taskTypes(taskTypes).level(2)
        .maxResults(PAGE).build());
  }

  /** The tasks a request created, found by its request id or RunCommand InvokeId. */
  CompletableFuture<List<Task>> byInvokeId(String invokeId) {
    return all(DescribeTasksRequest.builder().invokeId(invokeId).maxResults(PAGE).build());
  }

  private CompletableFuture<List<Task>> all(DescribeTasksRequest first) {
    return page(first, new ArrayList<>(), new HashSet<>());
  }

  private CompletableFuture<List<Task>> page(DescribeTasksRequest request, List<Task> sofar, Set<String> tokens) {
    return client.async().describeTasks(request).thenCompose(response -> {
      sofar.addAll(response.data());
      Optional<String> next = nextToken(response);
      if (next.isEmpty() || response.data().isEmpty()) {
        return CompletableFuture.completedFuture(sofar);
      }
      if (!tokens.add(next.get())) {
        throw new CloudPhoneException("DescribeTasks returned a page token it had already returned");
      }
      return page(DescribeTasksRequest.builder().from(request).nextToken(next).build(), sofar, tokens);
    });
  }

  private static Optional<String> nextToken(DescribeTasksResponse response) {
    return response.nextToken().filter(token -> !token.isEmpty());
  }
}
