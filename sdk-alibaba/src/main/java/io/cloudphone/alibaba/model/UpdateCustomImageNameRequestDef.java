package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Renames a custom image ({@code UpdateCustomImageName}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateCustomImageNameRequest.Builder.class)
abstract class UpdateCustomImageNameRequestDef {
  /** Image to rename. */
  public abstract Optional<String> imageId();

  /** The new name. */
  public abstract Optional<String> imageName();
}
