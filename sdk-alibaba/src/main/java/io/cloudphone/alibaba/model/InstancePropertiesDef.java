package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** All Android system properties of one instance. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceProperties.Builder.class)
abstract class InstancePropertiesDef {
  /** The properties as the service returns them (getprop output). */
  public abstract Optional<String> content();
}
