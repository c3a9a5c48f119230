package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Status, steps and results of agent tasks. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeAgentTaskResponse.Builder.class)
abstract class DescribeAgentTaskResponseDef {
  /** Status code of the call as the service reports it, for example {@code 200}. */
  public abstract Optional<String> code();

  /** Number of tasks returned. */
  public abstract Optional<Integer> count();

  /** Message of the call as the service reports it, for example {@code Success.}. */
  public abstract Optional<String> message();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** The tasks. */
  public abstract List<AgentTask> tasks();
}
