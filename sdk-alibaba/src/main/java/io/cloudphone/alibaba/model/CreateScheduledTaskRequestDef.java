package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code CreateScheduledTask}, which creates a cron-driven AI agent task that runs a prompt on given
 * instances.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateScheduledTaskRequest.Builder.class)
abstract class CreateScheduledTaskRequestDef {
  /** When the task runs, as a cron expression (for example {@code 0 0 * * *}); required. */
  public abstract String cronExpression();

  /** Instances the task runs on, sent as {@code InstanceIds.N}; at least one. */
  public abstract List<String> instanceIds();

  /** Largest number of runs. */
  public abstract Optional<Integer> maxExecutions();

  /**
   * Run settings (step and time limits, skills, extra parameters), sent as one JSON string {@code RunConfig}.
   */
  public abstract Optional<AgentRunConfig> runConfig();

  /** Name of the task; required. */
  public abstract String taskName();

  /** The natural-language instruction each run follows; required. */
  public abstract String userPrompt();

  @Value.Check
  void check() {
    Validate.notBlank("CronExpression", cronExpression());
    Validate.size("InstanceIds", instanceIds(), 1, Integer.MAX_VALUE);
    Validate.notBlank("TaskName", taskName());
    Validate.notBlank("UserPrompt", userPrompt());
  }
}
