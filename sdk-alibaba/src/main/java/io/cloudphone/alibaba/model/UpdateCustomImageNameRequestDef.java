package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Renames a custom image ({@code UpdateCustomImageName}). */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = UpdateCustomImageNameRequest.class)
@JsonDeserialize(as = UpdateCustomImageNameRequest.class)
abstract class UpdateCustomImageNameRequestDef {
  /** Image to rename. */
  public abstract Optional<String> imageId();

  /** The new name. */
  public abstract Optional<String> imageName();
}
