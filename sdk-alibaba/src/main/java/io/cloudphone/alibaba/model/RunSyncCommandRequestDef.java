package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code RunSyncCommand}, which runs a short shell command on instances and returns its output in the same call. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RunSyncCommandRequest.Builder.class)
abstract class RunSyncCommandRequestDef {
  /** The command, plain or Base64 as {@code ContentEncoding} says. */
  public abstract String commandContent();

  /** Encoding of the command: {@code PlainText} (the default) or {@code Base64}. */
  public abstract Optional<String> contentEncoding();

  /** Instances to run on (1 to 50), sent as {@code InstanceIds.N}. */
  public abstract List<String> instanceIds();

  /** How long to wait for the output in milliseconds, 500 to 3000 (1000 when absent). */
  public abstract Optional<Long> waitTime();

  @Value.Check
  void check() {
    Validate.notBlank("CommandContent", commandContent());
    Validate.size("InstanceIds", instanceIds(), 1, 50);
    Validate.range("WaitTime", waitTime(), 500, 3000);
  }
}
