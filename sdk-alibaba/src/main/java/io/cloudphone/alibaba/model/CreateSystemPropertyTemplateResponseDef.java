package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code CreateSystemPropertyTemplate}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateSystemPropertyTemplateResponse.Builder.class)
abstract class CreateSystemPropertyTemplateResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Id of the new template. */
  public abstract Optional<String> templateId();
}
