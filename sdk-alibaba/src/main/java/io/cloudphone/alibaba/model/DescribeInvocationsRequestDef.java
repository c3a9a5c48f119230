package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Reads the results of one {@code RunCommand} execution on up to 50 instances ({@code DescribeInvocations}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeInvocationsRequest.Builder.class)
abstract class DescribeInvocationsRequestDef {
  /** Instances whose results are read: 1 to 50. */
  public abstract List<String> instanceIds();

  /** Execution id that {@code RunCommand} returned. */
  public abstract String invocationId();

  @Value.Check
  void check() {
    Validate.size("InstanceIds", instanceIds(), 1, 50);
  }
}
