package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code ModifyScheduledTask}: the scheduled task to change, the version it was read at, and what to
 * change.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyScheduledTaskRequest.Builder.class)
abstract class ModifyScheduledTaskRequestDef {
  /** New schedule, as a cron expression. */
  public abstract Optional<String> cronExpression();

  /** New instances, sent as {@code InstanceIds.N}. */
  public abstract List<String> instanceIds();

  /**
   * Run settings (step and time limits, skills, extra parameters), sent as one JSON string {@code RunConfig}.
   */
  public abstract Optional<AgentRunConfig> runConfig();

  /** Id of the scheduled task; required. */
  public abstract String scheduledId();

  /** Switch the task {@code ACTIVE} or {@code DISABLED}. */
  public abstract Optional<String> status();

  /** New name. */
  public abstract Optional<String> taskName();

  /** Version the task was read at (optimistic locking, {@code ScheduledTask.version()}); required. */
  public abstract int taskVersion();

  /** New instruction. */
  public abstract Optional<String> userPrompt();

  @Value.Check
  void check() {
    Validate.notBlank("ScheduledId", scheduledId());
  }
}
