package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The image update task started by {@code UpdateInstanceImage}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateInstanceImageResponse.Builder.class)
abstract class UpdateInstanceImageResponseDef {
  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Id of the task; {@code DescribeTasks} reports its progress. */
  public abstract Optional<String> taskId();

  /** The batch task and each instance's own task. */
  public abstract Optional<ChildTaskGroup> tasks();
}
