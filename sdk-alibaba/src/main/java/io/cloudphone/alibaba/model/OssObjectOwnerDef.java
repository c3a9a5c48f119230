package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The owner of an OSS object. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = OssObjectOwner.Builder.class)
abstract class OssObjectOwnerDef {
  /** Display name of the owner. */
  public abstract Optional<String> displayName();

  /** Id of the owner. */
  public abstract Optional<String> id();
}
