package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code CreateSystemPropertyTemplate}, which creates a template of Android system properties. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateSystemPropertyTemplateRequest.Builder.class)
abstract class CreateSystemPropertyTemplateRequestDef {
  /** Whether some preset properties are generated automatically. */
  public abstract Optional<Boolean> enableAuto();

  /** URL of a template file ({@code {"propties":{"key1":"value1"}}}), parsed at once by the service. */
  public abstract Optional<String> filePath();

  /** The properties, sent as one JSON string. */
  public abstract Optional<SystemPropertyInfo> systemPropertyInfo();

  /** Name of the template: 2 to 32 characters. */
  public abstract Optional<String> templateName();

  @Value.Check
  void check() {
    Validate.length("TemplateName", templateName(), 2, 32);
  }
}
