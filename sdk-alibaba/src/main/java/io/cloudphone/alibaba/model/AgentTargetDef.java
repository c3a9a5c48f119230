package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Where {@code RunAgentTask} runs: an instance, or a session that keeps context across tasks. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AgentTarget.Builder.class)
abstract class AgentTargetDef {
  /** Instance to run on. */
  public abstract Optional<String> instanceId();

  /** Session to continue. */
  public abstract Optional<String> sessionId();
}
