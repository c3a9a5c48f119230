package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The result of a {@code RunSyncCommand} on one instance. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SyncCommandResult.Builder.class)
abstract class SyncCommandResultDef {
  /** When the command finished, as the service formats it. */
  public abstract Optional<String> finishTime();

  /** The instance. */
  public abstract Optional<String> instanceId();

  /** Id of the execution. */
  public abstract Optional<String> invocationId();

  /** Status of the execution, for example {@code RUNNING} when it outlasted the wait. */
  public abstract Optional<String> invocationStatus();

  /** What the command printed. */
  public abstract Optional<String> output();

  /** When the command started, as the service formats it. */
  public abstract Optional<String> startTime();
}
