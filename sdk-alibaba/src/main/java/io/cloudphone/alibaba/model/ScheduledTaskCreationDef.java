package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A scheduled task as {@code CreateScheduledTask} created it. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ScheduledTaskCreation.Builder.class)
abstract class ScheduledTaskCreationDef {
  /** Whether the task was delivered to each instance. */
  public abstract List<ScheduledTaskInstanceResult> instanceResults();

  /** Id of the scheduled task, for example {@code sch-260705-agb*****}. */
  public abstract Optional<String> scheduledId();

  /** Id of the task configuration behind it. */
  public abstract Optional<String> taskConfigId();
}
