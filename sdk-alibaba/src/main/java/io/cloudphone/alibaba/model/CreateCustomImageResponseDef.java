package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The image started by {@code CreateCustomImage}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateCustomImageResponse.Builder.class)
abstract class CreateCustomImageResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Id of the new image, for example {@code imgc-075cllfeuazh0****}. */
  public abstract Optional<String> imageId();
}
