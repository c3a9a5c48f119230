package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code ImportImage}, which imports a custom-built Android image from a file in OSS. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ImportImageRequest.Builder.class)
abstract class ImportImageRequestDef {
  /** Description of the image. */
  public abstract Optional<String> imageDescription();

  /** URL of the image file in OSS. */
  public abstract String imageFileURL();

  /** Name of the image. */
  public abstract String imageName();
}
