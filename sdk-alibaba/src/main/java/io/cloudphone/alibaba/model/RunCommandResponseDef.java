package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The command execution started by {@code RunCommand}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RunCommandResponse.Builder.class)
abstract class RunCommandResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Execution id, for {@code DescribeInvocations} or {@code DescribeTasks}. */
  public abstract Optional<String> invokeId();

  /** The execution started on each instance. */
  public abstract List<RunCommandInfo> runCommandInfos();

  /** Batch task to follow with {@code DescribeTasks}. */
  public abstract Optional<String> taskId();
}
