package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.CreateScheduledTaskRequest;
import io.cloudphone.alibaba.model.CreateScheduledTaskResponse;
import io.cloudphone.alibaba.model.DeleteScheduledTaskRequest;
import io.cloudphone.alibaba.model.DeleteScheduledTaskResponse;
import io.cloudphone.alibaba.model.DescribeScheduledTaskExecutionsRequest;
import io.cloudphone.alibaba.model.DescribeScheduledTaskExecutionsResponse;
import io.cloudphone.alibaba.model.DescribeScheduledTasksRequest;
import io.cloudphone.alibaba.model.DescribeScheduledTasksResponse;
import io.cloudphone.alibaba.model.ModifyScheduledTaskRequest;
import io.cloudphone.alibaba.model.ModifyScheduledTaskResponse;
import io.cloudphone.core.internal.Operation;

/** Scheduled agent task operations of eds-aic 2023-09-30, declared as data; every parameter goes to the query. */
public final class ScheduledTaskOperations {
  private ScheduledTaskOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** CreateScheduledTask: creates a cron-driven agent task; RunConfig as one JSON string. */
  public static final Operation<CreateScheduledTaskRequest, CreateScheduledTaskResponse> CREATE_SCHEDULED_TASK =
      Operation.builder("CreateScheduledTask", POST, "/", CreateScheduledTaskRequest.class, CreateScheduledTaskResponse.class)
          .jsonString("RunConfig")
          .docUrl(DOCS + "createscheduledtask")
          .build();

  /** DeleteScheduledTask: deletes a scheduled task. */
  public static final Operation<DeleteScheduledTaskRequest, DeleteScheduledTaskResponse> DELETE_SCHEDULED_TASK =
      Operation.builder("DeleteScheduledTask", POST, "/", DeleteScheduledTaskRequest.class, DeleteScheduledTaskResponse.class)
          .docUrl(DOCS + "deletescheduledtask")
          .build();

  /** DescribeScheduledTaskExecutions: one page of scheduled task runs. */
  public static final Operation<DescribeScheduledTaskExecutionsRequest, DescribeScheduledTaskExecutionsResponse> DESCRIBE_SCHEDULED_TASK_EXECUTIONS =
      Operation.builder("DescribeScheduledTaskExecutions", POST, "/", DescribeScheduledTaskExecutionsRequest.class, DescribeScheduledTaskExecutionsResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describescheduledtaskexecutions")
          .build();

  /** DescribeScheduledTasks: one page of scheduled tasks (NextToken and page-number paging both). */
  public static final Operation<DescribeScheduledTasksRequest, DescribeScheduledTasksResponse> DESCRIBE_SCHEDULED_TASKS =
      Operation.builder("DescribeScheduledTasks", POST, "/", DescribeScheduledTasksRequest.class, DescribeScheduledTasksResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describescheduledtasks")
          .build();

  /** ModifyScheduledTask: changes a scheduled task; RunConfig as one JSON string. */
  public static final Operation<ModifyScheduledTaskRequest, ModifyScheduledTaskResponse> MODIFY_SCHEDULED_TASK =
      Operation.builder("ModifyScheduledTask", POST, "/", ModifyScheduledTaskRequest.class, ModifyScheduledTaskResponse.class)
          .jsonString("RunConfig")
          .docUrl(DOCS + "modifyscheduledtask")
          .build();
}
