package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code DisconnectAndroidInstance}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DisconnectAndroidInstanceResponse.Builder.class)
abstract class DisconnectAndroidInstanceResponseDef {
  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
