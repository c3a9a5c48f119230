package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code DeleteSystemPropertyTemplates}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteSystemPropertyTemplatesResponse.Builder.class)
abstract class DeleteSystemPropertyTemplatesResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Status code the service put in the body. */
  public abstract Optional<String> code();

  /** Status message the service put in the body. */
  public abstract Optional<String> message();
}
