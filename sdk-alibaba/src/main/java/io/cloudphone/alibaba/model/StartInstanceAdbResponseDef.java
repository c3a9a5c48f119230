package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code StartInstanceAdb}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = StartInstanceAdbResponse.Builder.class)
abstract class StartInstanceAdbResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();
}
