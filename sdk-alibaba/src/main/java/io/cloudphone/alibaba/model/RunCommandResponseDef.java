package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The command execution started by {@code RunCommand}. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = RunCommandResponse.class)
@JsonDeserialize(as = RunCommandResponse.class)
abstract class RunCommandResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Execution id, for {@code DescribeInvocations} or {@code DescribeTasks}. */
  public abstract Optional<String> invokeId();
}
