package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code GetInstanceProperties}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = GetInstancePropertiesResponse.Builder.class)
abstract class GetInstancePropertiesResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** The properties. */
  public abstract Optional<InstanceProperties> propertyTemplateModel();
}
