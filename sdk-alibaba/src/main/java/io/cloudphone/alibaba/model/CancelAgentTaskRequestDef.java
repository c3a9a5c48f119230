package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code CancelAgentTask}: the agent tasks to cancel. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CancelAgentTaskRequest.Builder.class)
abstract class CancelAgentTaskRequestDef {
  /** Agent tasks to act on, sent as {@code TaskIds.N}; at least one. */
  public abstract List<String> taskIds();

  @Value.Check
  void check() {
    Validate.size("TaskIds", taskIds(), 1, Integer.MAX_VALUE);
  }
}
