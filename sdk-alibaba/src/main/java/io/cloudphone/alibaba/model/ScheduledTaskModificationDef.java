package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A scheduled task as {@code ModifyScheduledTask} changed it. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ScheduledTaskModification.Builder.class)
abstract class ScheduledTaskModificationDef {
  /** Whether the task was delivered to each instance. */
  public abstract List<ScheduledTaskInstanceResult> instanceResults();

  /** The task's version after the change. */
  public abstract Optional<Integer> newVersion();

  /** Id of the scheduled task. */
  public abstract Optional<String> scheduledId();
}
