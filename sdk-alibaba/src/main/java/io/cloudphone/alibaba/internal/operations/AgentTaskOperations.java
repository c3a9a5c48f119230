package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.CancelAgentTaskRequest;
import io.cloudphone.alibaba.model.CancelAgentTaskResponse;
import io.cloudphone.alibaba.model.DescribeAgentTaskRequest;
import io.cloudphone.alibaba.model.DescribeAgentTaskResponse;
import io.cloudphone.alibaba.model.PauseAgentTaskRequest;
import io.cloudphone.alibaba.model.PauseAgentTaskResponse;
import io.cloudphone.alibaba.model.ResumeAgentTaskRequest;
import io.cloudphone.alibaba.model.ResumeAgentTaskResponse;
import io.cloudphone.alibaba.model.RunAgentTaskRequest;
import io.cloudphone.alibaba.model.RunAgentTaskResponse;
import io.cloudphone.core.internal.Operation;

/** AI agent task operations of eds-aic 2023-09-30, declared as data; every parameter goes to the query. */
public final class AgentTaskOperations {
  private AgentTaskOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** CancelAgentTask: cancels agent tasks by id. */
  public static final Operation<CancelAgentTaskRequest, CancelAgentTaskResponse> CANCEL_AGENT_TASK =
      Operation.builder("CancelAgentTask", POST, "/", CancelAgentTaskRequest.class, CancelAgentTaskResponse.class)
          .docUrl(DOCS + "cancelagenttask")
          .build();

  /** DescribeAgentTask: status, steps and results of agent tasks. */
  public static final Operation<DescribeAgentTaskRequest, DescribeAgentTaskResponse> DESCRIBE_AGENT_TASK =
      Operation.builder("DescribeAgentTask", POST, "/", DescribeAgentTaskRequest.class, DescribeAgentTaskResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describeagenttask")
          .build();

  /** PauseAgentTask: pauses running agent tasks. */
  public static final Operation<PauseAgentTaskRequest, PauseAgentTaskResponse> PAUSE_AGENT_TASK =
      Operation.builder("PauseAgentTask", POST, "/", PauseAgentTaskRequest.class, PauseAgentTaskResponse.class)
          .docUrl(DOCS + "pauseagenttask")
          .build();

  /** ResumeAgentTask: resumes paused agent tasks; ClarificationAnswers flattened. */
  public static final Operation<ResumeAgentTaskRequest, ResumeAgentTaskResponse> RESUME_AGENT_TASK =
      Operation.builder("ResumeAgentTask", POST, "/", ResumeAgentTaskRequest.class, ResumeAgentTaskResponse.class)
          .docUrl(DOCS + "resumeagenttask")
          .build();

  /** RunAgentTask: starts an agent task from a prompt; RunConfig as one JSON string, Targets flattened. */
  public static final Operation<RunAgentTaskRequest, RunAgentTaskResponse> RUN_AGENT_TASK =
      Operation.builder("RunAgentTask", POST, "/", RunAgentTaskRequest.class, RunAgentTaskResponse.class)
          .jsonString("RunConfig")
          .docUrl(DOCS + "runagenttask")
          .build();
}
