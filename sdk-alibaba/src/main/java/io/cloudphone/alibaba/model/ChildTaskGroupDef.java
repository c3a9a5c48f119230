package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The batch task of a reboot, reset or image update and the task it started on each instance ({@code Tasks} in the answer). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChildTaskGroup.Builder.class)
abstract class ChildTaskGroupDef {
  /** Id of the batch task covering every instance of the call. */
  public abstract Optional<String> parentTaskId();

  /** One task per instance. */
  public abstract List<ChildTask> childTasks();
}
