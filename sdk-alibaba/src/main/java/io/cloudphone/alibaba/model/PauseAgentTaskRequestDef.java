package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code PauseAgentTask}: the running agent tasks to pause. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PauseAgentTaskRequest.Builder.class)
abstract class PauseAgentTaskRequestDef {
  /** Agent tasks to act on, sent as {@code TaskIds.N}; at least one. */
  public abstract List<String> taskIds();

  @Value.Check
  void check() {
    Validate.size("TaskIds", taskIds(), 1, Integer.MAX_VALUE);
  }
}
