package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The outcome of pausing one agent task. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AgentTaskPause.Builder.class)
abstract class AgentTaskPauseDef {
  /** Status after the request, for example {@code PAUSING}. */
  public abstract Optional<String> currentStatus();

  /** Why the task could not be paused, when it could not (only RUNNING tasks can). */
  public abstract Optional<String> failedReason();

  /** Instance the task runs on. */
  public abstract Optional<String> instanceId();

  /** When the pause was requested, ISO 8601. */
  public abstract Optional<String> pausingAt();

  /** Status before the request. */
  public abstract Optional<String> previousStatus();

  /** Id of the task. */
  public abstract Optional<String> taskId();
}
