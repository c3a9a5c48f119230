package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.DescribeInvocationsRequest;
import io.cloudphone.alibaba.model.DescribeInvocationsResponse;
import io.cloudphone.alibaba.model.RunCommandRequest;
import io.cloudphone.alibaba.model.RunCommandResponse;
import io.cloudphone.alibaba.model.RunSyncCommandRequest;
import io.cloudphone.alibaba.model.RunSyncCommandResponse;
import io.cloudphone.core.internal.Operation;

/** Remote command operations of Alibaba Cloud Phone, declared as data. */
public final class CommandOperations {
  private CommandOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** DescribeInvocations: per-instance results of one command execution (being retired for DescribeTasks). */
  public static final Operation<DescribeInvocationsRequest, DescribeInvocationsResponse>
      DESCRIBE_INVOCATIONS =
          Operation.builder("DescribeInvocations", POST, "/",
                  DescribeInvocationsRequest.class, DescribeInvocationsResponse.class)
              .idempotent(true)
              .docUrl(DOCS + "describeinvocations")
              .build();

  /** RunCommand: runs a shell command on up to 50 instances; asynchronous. */
  public static final Operation<RunCommandRequest, RunCommandResponse> RUN_COMMAND =
      Operation.builder("RunCommand", POST, "/", RunCommandRequest.class, RunCommandResponse.class)
          .docUrl(DOCS + "runcommand")
          .build();

  /** RunSyncCommand: runs a short command on up to 50 instances and returns the output in the same call. */
  public static final Operation<RunSyncCommandRequest, RunSyncCommandResponse> RUN_SYNC_COMMAND =
      Operation.builder("RunSyncCommand", POST, "/", RunSyncCommandRequest.class, RunSyncCommandResponse.class)
          .docUrl(DOCS + "runsynccommand")
          .build();
}
