package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What {@code CancelAgentTask} did to each task. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CancelAgentTaskResponse.Builder.class)
abstract class CancelAgentTaskResponseDef {
  /** Status code of the call as the service reports it, for example {@code 200}. */
  public abstract Optional<String> code();

  /** Message of the call as the service reports it, for example {@code Success.}. */
  public abstract Optional<String> message();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** One entry per task: its status before and after. */
  public abstract List<AgentTaskCancellation> tasks();
}
