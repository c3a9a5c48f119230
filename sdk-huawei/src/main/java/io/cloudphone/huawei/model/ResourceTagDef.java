package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** A tag (key and value) to add to or remove from a resource; {@code ResourceTag.of("env", "prod")}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ResourceTag.Builder.class)
abstract class ResourceTagDef {
  /** Letters of any language, digits, inner spaces and {@code _.:=+-@}. */
  static final Pattern CHARSET =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}_.:=+\\-@]([\\p{L}\\p{M}\\p{N} _.:=+\\-@]*[\\p{L}\\p{M}\\p{N}_.:=+\\-@])?");

  static final String ALLOWED = "letters, digits, spaces and _.:=+-@, and may not start or end with a space";

  /** Tag key: 1 to 127 characters of {@link #CHARSET}, not starting with {@code _sys_}. */
  @Value.Parameter
  public abstract String key();

  /** Tag value: 1 to 255 characters of the same character set as the key. */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  void check() {
    Validate.length("tags.key", key(), 1, 127);
    Validate.matches("tags.key", key(), CHARSET, ALLOWED);
    if (key().startsWith("_sys_")) {
      throw new IllegalArgumentException("tags.key must not start with _sys_ (reserved for system tags)");
    }
    Validate.length("tags.value", value(), 1, 255);
    Validate.matches("tags.value", value(), CHARSET, ALLOWED);
  }
}
