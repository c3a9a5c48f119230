package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether one scheduled task was deleted. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ScheduledTaskDeletion.Builder.class)
abstract class ScheduledTaskDeletionDef {
  /** Id of the scheduled task. */
  public abstract Optional<String> scheduledId();

  /** Whether it was deleted. */
  public abstract Optional<Boolean> success();
}
