package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Runs a shell command on up to 50 instances ({@code RunCommand}); asynchronous. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RunCommandRequest.Builder.class)
abstract class RunCommandRequestDef {
  /** Agent on the instances that runs the command. */
  public abstract Optional<String> agentType();

  /** The command, for example {@code ls}. */
  public abstract Optional<String> commandContent();

  /** Encoding of the command: {@code PlainText} (default) or {@code Base64}; unknown values count as plain text. */
  public abstract Optional<String> contentEncoding();

  /** Instances to run the command on, at most 50. */
  public abstract List<String> instanceIds();

  /** Seconds before the command counts as timed out; the service defaults to 60. */
  public abstract Optional<Long> timeout();

  @Value.Check
  void check() {
    Validate.size("InstanceIds", instanceIds(), 0, 50);
  }
}
