package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The command execution {@code RunCommand} started on one instance ({@code RunCommandInfos} in the answer). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RunCommandInfo.Builder.class)
abstract class RunCommandInfoDef {
  /** Id of the instance's task; {@code DescribeTasks} reports its progress. */
  public abstract Optional<String> childTaskId();

  /** Id of the instance. */
  public abstract Optional<String> instanceId();

  /** Id of the command execution on this instance. */
  public abstract Optional<String> invokeId();
}
