package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** An asynchronous task (batch or per instance) as listed by {@code DescribeTasks}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = Task.Builder.class)
abstract class TaskDef {
  /** Id of the task, for example {@code t-bp67acfmxazb4p****}. */
  public abstract Optional<String> taskId();

  /** What the task does, for example {@code StartInstance}, {@code InstallApp}, {@code RunCommand}. */
  public abstract Optional<String> taskType();

  /**
   * Raw state: {@code Waiting}, {@code Processing}, {@code Finished}, {@code PartFinished}, {@code Failed} or
   * {@code Skipped}.
   */
  public abstract Optional<String> taskStatus();

  /** 1 for a batch task, 2 for a per-instance task. */
  public abstract Optional<Integer> level();

  /** Batch task this per-instance task belongs to. */
  public abstract Optional<String> parentTaskId();

  /** Request id of the call that started the task. */
  public abstract Optional<String> invokeId();

  /** Resource the task works on, usually an instance id. */
  public abstract Optional<String> resourceId();

  /** Cloud phone instance the task works on. */
  public abstract Optional<String> instanceId();

  /** Name of that instance. */
  public abstract Optional<String> instanceName();

  /** State of that instance. */
  public abstract Optional<String> instanceStatus();

  /** Region of the task. */
  public abstract Optional<String> regionId();

  /** Who started the task. */
  public abstract Optional<String> operator();

  /** Parameters the task was started with. */
  public abstract Optional<String> param();

  /** Output of the task, such as a command's result. */
  public abstract Optional<String> result();

  /** Error code when the task failed. */
  public abstract Optional<String> errorCode();

  /** Error message when the task failed. */
  public abstract Optional<String> errorMsg();

  /** When the task started. */
  public abstract Optional<Instant> startTime();

  /** When the task ended; absent while it runs. */
  public abstract Optional<Instant> finishTime();

  /** Number of per-instance tasks of this batch task. */
  public abstract Optional<Integer> totalChildCount();

  /** Number of per-instance tasks that succeeded. */
  public abstract Optional<Integer> successChildCount();

  /** Number of per-instance tasks that failed. */
  public abstract Optional<Integer> failedChildCount();

  /** Number of per-instance tasks still running. */
  public abstract Optional<Integer> runningChildCount();
}
