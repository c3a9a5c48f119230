package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Parameters of {@code GetInstanceProperties}: the instance whose properties to read. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = GetInstancePropertiesRequest.Builder.class)
abstract class GetInstancePropertiesRequestDef {
  /** The instance. */
  public abstract String instanceId();

  @Value.Check
  void check() {
    Validate.notBlank("InstanceId", instanceId());
  }
}
