package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code StopInstanceAdb}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = StopInstanceAdbResponse.Builder.class)
abstract class StopInstanceAdbResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();
}
