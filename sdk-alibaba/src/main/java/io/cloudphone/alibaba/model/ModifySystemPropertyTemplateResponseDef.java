package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code ModifySystemPropertyTemplate}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifySystemPropertyTemplateResponse.Builder.class)
abstract class ModifySystemPropertyTemplateResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Id of the changed template. */
  public abstract Optional<String> templateId();
}
