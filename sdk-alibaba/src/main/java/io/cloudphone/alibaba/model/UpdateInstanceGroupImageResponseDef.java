package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code UpdateInstanceGroupImage}. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = UpdateInstanceGroupImageResponse.class)
@JsonDeserialize(as = UpdateInstanceGroupImageResponse.class)
abstract class UpdateInstanceGroupImageResponseDef {
  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();
}
