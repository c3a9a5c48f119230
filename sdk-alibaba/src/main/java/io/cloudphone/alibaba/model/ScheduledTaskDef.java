package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A cron-driven agent task as {@code DescribeScheduledTasks} lists it, with its run settings and counters. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ScheduledTask.Builder.class)
abstract class ScheduledTaskDef {
  /** When the task runs, as a cron expression. */
  public abstract Optional<String> cronExpression();

  /** When the task was created, as the service formats it (for example {@code 2026-01-01T00:00:00}). */
  public abstract Optional<String> gmtCreate();

  /** When the task was last changed, as the service formats it. */
  public abstract Optional<String> gmtModified();

  /** Instances the task runs on. */
  public abstract List<String> instanceIds();

  /** When the task last ran. */
  public abstract Optional<String> lastExecutionAt();

  /** When the task runs next. */
  public abstract Optional<String> nextExecutionAt();

  /** Run settings; its {@code ExtraParams} JSON text is read into a map. */
  public abstract Optional<AgentRunConfig> runConfig();

  /** Id of the scheduled task. */
  public abstract Optional<String> scheduledId();

  /** Status: {@code ACTIVE} or {@code DISABLED}. */
  public abstract Optional<String> status();

  /** Id of the task configuration behind it. */
  public abstract Optional<String> taskConfigId();

  /** Name of the task. */
  public abstract Optional<String> taskName();

  /** Number of runs so far. */
  public abstract Optional<Long> totalExecutions();

  /** Number of failed runs so far. */
  public abstract Optional<Long> totalFailures();

  /** The natural-language instruction each run follows. */
  public abstract Optional<String> userPrompt();

  /** Version for optimistic locking; pass it as {@code TaskVersion} to ModifyScheduledTask. */
  public abstract Optional<Integer> version();
}
