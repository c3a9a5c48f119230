package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code SendSystemPropertyTemplate}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SendSystemPropertyTemplateResponse.Builder.class)
abstract class SendSystemPropertyTemplateResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();
}
