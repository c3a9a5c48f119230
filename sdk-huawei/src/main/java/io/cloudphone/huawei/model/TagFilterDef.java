package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.HashSet;
import java.util.List;
import org.immutables.value.Value;

/** A tag condition of {@code ListResourceInstances}: the key, and the values any one of which matches. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = TagFilter.Builder.class)
abstract class TagFilterDef {
  /** Tag key, 1 to 127 characters. */
  public abstract String key();

  /** Up to 10 distinct values of at most 255 characters each; empty matches any value of the key. */
  // Mandatory in the reference, and an empty list means "any value", so it is sent even when empty.
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract List<String> values();

  @Value.Check
  void check() {
    Validate.notBlank("tags.key", key());
    Validate.length("tags.key", key(), 1, 127);
    Validate.size("tags.values", values(), 0, 10);
    for (String value : values()) {
      Validate.length("tags.values", value, 0, 255);
    }
    if (new HashSet<>(values()).size() != values().size()) {
      throw new IllegalArgumentException("tags.values must not repeat a value of key " + key());
    }
  }
}
