package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A resource tag; sent flattened as {@code Tag.N.Key} / {@code Tag.N.Value}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = Tag.Builder.class)
abstract class TagDef {
  /** Tag key. */
  public abstract Optional<String> key();

  /** Tag value. */
  public abstract Optional<String> value();
}
