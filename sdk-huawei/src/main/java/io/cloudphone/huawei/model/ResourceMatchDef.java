package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** A field condition of {@code ListResourceInstances}; today only an exact resource name. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ResourceMatch.Builder.class)
abstract class ResourceMatchDef {
  /** Field to match; {@code resource_name} is the only value the service accepts, and the default. */
  @Value.Default
  public String key() {
    return "resource_name";
  }

  /** Value the field must equal exactly (for {@code resource_name}, the resource's name). */
  public abstract String value();

  @Value.Check
  void check() {
    Validate.oneOf("matches.key", key(), List.of("resource_name"));
    Validate.notBlank("matches.value", value());
  }
}
