package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code ModifyDisplayConfig}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyDisplayConfigResponse.Builder.class)
abstract class ModifyDisplayConfigResponseDef {
  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
