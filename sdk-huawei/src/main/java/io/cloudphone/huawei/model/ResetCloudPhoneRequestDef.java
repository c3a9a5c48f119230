package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Phones to reset to factory settings, optionally onto another image, for {@code ResetCloudPhone}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ResetCloudPhoneRequest.Builder.class)
abstract class ResetCloudPhoneRequestDef {
  /** The phones, each with optional new properties; at least one. */
  public abstract List<CloudPhoneTarget> phones();

  /** Image to put on the phones while resetting them, when the image should change. */
  public abstract Optional<String> imageId();

  @Value.Check
  void check() {
    Validate.size("phones", phones(), 1, Integer.MAX_VALUE);
  }
}
