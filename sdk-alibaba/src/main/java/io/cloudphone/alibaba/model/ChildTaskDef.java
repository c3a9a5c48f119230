package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One instance's own task within a batch started by a reboot, reset or image update of several instances. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChildTask.Builder.class)
abstract class ChildTaskDef {
  /** Id of the instance the task works on. */
  public abstract Optional<String> instanceId();

  /** Id of the instance's task; {@code DescribeTasks} reports its progress. */
  public abstract Optional<String> taskId();
}
