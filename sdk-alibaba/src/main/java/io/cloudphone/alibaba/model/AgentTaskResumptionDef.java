package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The outcome of resuming one agent task. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AgentTaskResumption.Builder.class)
abstract class AgentTaskResumptionDef {
  /** Status after the request, for example {@code RUNNING}. */
  public abstract Optional<String> currentStatus();

  /** Why the task could not be resumed, when it could not (only PAUSED tasks can). */
  public abstract Optional<String> failedReason();

  /** Instance the task runs on. */
  public abstract Optional<String> instanceId();

  /** When the task was resumed, ISO 8601. */
  public abstract Optional<String> resumingAt();

  /** Id of the task. */
  public abstract Optional<String> taskId();
}
