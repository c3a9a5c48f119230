package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Captures a cloud phone instance as a custom image ({@code CreateCustomImage}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateCustomImageRequest.Builder.class)
abstract class CreateCustomImageRequestDef {
  /** Idempotence token of at most 64 ASCII characters; a retry with the same token creates nothing new. */
  public abstract Optional<String> clientToken();

  /** Description of the image. */
  public abstract Optional<String> description();

  /** Name of the image. */
  public abstract String imageName();

  /** Instance the image is made from. */
  public abstract String instanceId();

  @Value.Check
  void check() {
    Validate.length("ClientToken", clientToken(), 0, 64);
  }
}
