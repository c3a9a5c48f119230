package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A tag as the service reports it on a resource. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AttachedTag.Builder.class)
abstract class AttachedTagDef {
  /** Tag key, at most 127 characters. */
  public abstract Optional<String> key();

  /** Tag value, at most 255 characters. */
  public abstract Optional<String> value();
}
