package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code StartInstanceAdb}, which enables ADB on instances and maps a public port (standard network only). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = StartInstanceAdbRequest.Builder.class)
abstract class StartInstanceAdbRequestDef {
  /** The instances (1 to 100), sent as {@code InstanceIds.N}. */
  public abstract List<String> instanceIds();

  @Value.Check
  void check() {
    Validate.size("InstanceIds", instanceIds(), 1, 100);
  }
}
