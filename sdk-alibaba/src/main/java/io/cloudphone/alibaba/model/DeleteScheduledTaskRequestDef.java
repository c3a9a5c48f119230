package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Parameters of {@code DeleteScheduledTask}: the scheduled task to delete. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteScheduledTaskRequest.Builder.class)
abstract class DeleteScheduledTaskRequestDef {
  /** Id of the scheduled task; required. */
  public abstract String scheduledId();

  @Value.Check
  void check() {
    Validate.notBlank("ScheduledId", scheduledId());
  }
}
