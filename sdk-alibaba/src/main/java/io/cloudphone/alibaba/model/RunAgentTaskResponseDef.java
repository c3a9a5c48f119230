package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The tasks {@code RunAgentTask} started. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RunAgentTaskResponse.Builder.class)
abstract class RunAgentTaskResponseDef {
  /** Status code of the call as the service reports it, for example {@code 200}. */
  public abstract Optional<String> code();

  /** Number of tasks started. */
  public abstract Optional<Integer> count();

  /** Message of the call as the service reports it, for example {@code Success.}. */
  public abstract Optional<String> message();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** The started tasks (id, instance, session, status). */
  public abstract List<AgentTask> tasks();
}
