package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.DescribeTasksRequest;
import io.cloudphone.alibaba.model.DescribeTasksResponse;
import io.cloudphone.core.internal.Operation;

/** Task queries of Alibaba Cloud Phone, declared as data. */
public final class TaskOperations {
  private TaskOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** DescribeTasks: one page of batch and per-instance tasks, filtered. */
  public static final Operation<DescribeTasksRequest, DescribeTasksResponse> DESCRIBE_TASKS =
      Operation.builder("DescribeTasks", POST, "/", DescribeTasksRequest.class, DescribeTasksResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describetasks")
          .build();
}
