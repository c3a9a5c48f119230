package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether a scheduled task was delivered to one instance. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ScheduledTaskInstanceResult.Builder.class)
abstract class ScheduledTaskInstanceResultDef {
  /** Why delivery failed, when it did. */
  public abstract Optional<String> errorMessage();

  /** The instance. */
  public abstract Optional<String> instanceId();

  /** Whether delivery succeeded. */
  public abstract Optional<Boolean> success();
}
