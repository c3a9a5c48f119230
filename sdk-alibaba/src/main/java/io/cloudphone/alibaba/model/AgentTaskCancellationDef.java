package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The outcome of cancelling one agent task. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AgentTaskCancellation.Builder.class)
abstract class AgentTaskCancellationDef {
  /** When the task was cancelled, ISO 8601 (for example {@code 2026-04-13T17:42:19Z}). */
  public abstract Optional<String> cancelAt();

  /**
   * Status after the request: {@code CANCELLING} or {@code CANCELED}, or the unchanged status of a task that could
   * not be cancelled.
   */
  public abstract Optional<String> currentStatus();

  /** Why the task could not be cancelled, when it could not. */
  public abstract Optional<String> failedReason();

  /** Instance the task runs on. */
  public abstract Optional<String> instanceId();

  /** Status before the request, for example {@code RUNNING}. */
  public abstract Optional<String> previousStatus();

  /** Id of the task. */
  public abstract Optional<String> taskId();
}
