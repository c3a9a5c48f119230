package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A custom Android system property (name and value) of a template. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CustomPropertyInfo.Builder.class)
abstract class CustomPropertyInfoDef {
  /** Property name, for example {@code propKey}. */
  public abstract Optional<String> propertyName();

  /** Property value. */
  public abstract Optional<String> propertyValue();
}
