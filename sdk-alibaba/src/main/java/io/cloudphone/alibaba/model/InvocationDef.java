package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One instance's run of a {@code RunCommand} execution, as read by {@code DescribeInvocations}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = Invocation.Builder.class)
abstract class InvocationDef {
  /** Execution id. */
  public abstract Optional<String> invocationId();

  /** Instance the command ran on. */
  public abstract Optional<String> instanceId();

  /** Raw state: {@code Pending}, {@code Running}, {@code Success}, {@code Failed} or {@code Timeout}. */
  public abstract Optional<String> invocationStatus();

  /** What the command printed. */
  public abstract Optional<String> output();

  /** When the command started, as the service formats it (for example {@code 2022-08-11 17:45:03}, zone not stated). */
  public abstract Optional<String> startTime();

  /** When the command ended, as the service formats it (zone not stated). */
  public abstract Optional<String> finishTime();
}
