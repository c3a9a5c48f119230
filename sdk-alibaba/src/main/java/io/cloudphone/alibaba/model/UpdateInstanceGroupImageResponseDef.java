package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code UpdateInstanceGroupImage}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateInstanceGroupImageResponse.Builder.class)
abstract class UpdateInstanceGroupImageResponseDef {
  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();
}
