package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One run of a scheduled agent task: status, output, errors and timing. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ScheduledTaskExecution.Builder.class)
abstract class ScheduledTaskExecutionDef {
  /** When the run ended, as the service formats it (for example {@code 2026-06-12T00:05:30}). */
  public abstract Optional<String> completedAt();

  /** The configuration the run used, as JSON text. */
  public abstract Optional<String> configSnapshot();

  /** How long the run took, in milliseconds. */
  public abstract Optional<Long> durationMs();

  /** Error code of a failed run, for example {@code TaskTimeout}. */
  public abstract Optional<String> errorCode();

  /** Error message of a failed run. */
  public abstract Optional<String> errorMessage();

  /** Instance the run used. */
  public abstract Optional<String> instanceId();

  /** Output of the run, as JSON text. */
  public abstract Optional<String> output();

  /** Scheduled task the run belongs to. */
  public abstract Optional<String> scheduledId();

  /** When the run started, as the service formats it. */
  public abstract Optional<String> startedAt();

  /** Status of the run, for example {@code COMPLETED}. */
  public abstract Optional<String> status();

  /** Id of the run's agent task. */
  public abstract Optional<String> taskId();
}
