package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code StopInstanceAdb}, which disables ADB on instances and removes the port mapping (standard network only). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = StopInstanceAdbRequest.Builder.class)
abstract class StopInstanceAdbRequestDef {
  /** The instances (1 to 100), sent as {@code InstanceIds.N}. */
  public abstract List<String> instanceIds();

  @Value.Check
  void check() {
    Validate.size("InstanceIds", instanceIds(), 1, 100);
  }
}
