package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A resource tag; sent flattened as {@code Tag.N.Key} / {@code Tag.N.Value}. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = Tag.class)
@JsonDeserialize(as = Tag.class)
abstract class TagDef {
  /** Tag key. */
  public abstract Optional<String> key();

  /** Tag value. */
  public abstract Optional<String> value();
}
