package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.model.Invocation;
import io.cloudphone.alibaba.model.SyncCommandResult;
import io.cloudphone.alibaba.model.Task;
import io.cloudphone.core.Job;
import io.cloudphone.core.JobStatus;
import io.cloudphone.core.Provider;
import io.cloudphone.core.internal.LenientTime;
import java.util.Optional;

/** Converts Alibaba tasks and command invocations into neutral {@link Job}s. */
public final class AlibabaJobMapper {
  private AlibabaJobMapper() {}

  /** The job for a DescribeTasks task (batch or per-instance). */
  public static Job fromTask(Task task) {
    String raw = task.taskStatus().orElse("");
    return Job.builder()
        .provider(Provider.ALIBABA)
        .id(task.taskId().orElse(""))
        .targetId(task.instanceId().or(task::resourceId).filter(id -> !id.isEmpty()))
        .status(AlibabaTaskStatusMapper.toNeutral(raw))
        .providerStatus(raw)
        .errorCode(nonEmpty(task.errorCode()))
        .errorMessage(nonEmpty(task.errorMsg()))
        .output(nonEmpty(task.result()))
        .startedAt(task.startTime())
        .endedAt(task.finishTime())
        .build();
  }

  /**
   * The job for one instance's run of a command: its id is the RunCommand InvokeId, shared by every instance of
   * that run, and its target the instance.
   */
  public static Job fromInvocation(Invocation invocation) {
    String raw = invocation.invocationStatus().orElse("");
    JobStatus status = AlibabaInvocationStatusMapper.toNeutral(raw);
    boolean failed = status == JobStatus.FAILED;
    return Job.builder()
        .provider(Provider.ALIBABA)
        .id(invocation.invocationId().orElse(""))
        .targetId(invocation.instanceId())
        .status(status)
        .providerStatus(raw)
        // Invocations carry no error fields: a failed or timed-out run is coded by its status.
        .errorCode(failed ? Optional.of(raw) : Optional.empty())
        .errorMessage(failed ? Optional.of("the command ended " + raw) : Optional.empty())
        .output(invocation.output())
        .startedAt(invocation.startTime().flatMap(LenientTime::parse))
        .endedAt(invocation.finishTime().flatMap(LenientTime::parse))
        .build();
  }

  /**
   * The job for one instance's run of a RunSyncCommand: like an invocation, under its InvocationId; a status the
   * invocation table does not know (the reference shows {@code RUNNING} for a run that outlasted the wait) stays
   * UNKNOWN, which is not final, so the run is then followed through DescribeInvocations.
   */
  public static Job fromSyncResult(SyncCommandResult result) {
    return fromInvocation(Invocation.builder().invocationId(result.invocationId()).instanceId(result.instanceId())
        .invocationStatus(result.invocationStatus()).output(result.output()).startTime(result.startTime())
        .finishTime(result.finishTime()).build());
  }

  private static Optional<String> nonEmpty(Optional<String> text) {
    return text.filter(value -> !value.isEmpty());
  }
}
