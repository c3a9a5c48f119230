package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code ModifySystemPropertyTemplate}, which changes a template without pushing it to phones. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifySystemPropertyTemplateRequest.Builder.class)
abstract class ModifySystemPropertyTemplateRequestDef {
  /** Whether some preset properties are generated automatically. */
  public abstract Optional<Boolean> enableAuto();

  /** URL of a template file, parsed at once by the service. */
  public abstract Optional<String> filePath();

  /** The properties, sent as one JSON string. */
  public abstract Optional<SystemPropertyInfo> systemPropertyInfo();

  /** The template to change. */
  public abstract String templateId();

  /** New name of the template: 2 to 32 characters. */
  public abstract Optional<String> templateName();

  @Value.Check
  void check() {
    Validate.length("TemplateName", templateName(), 2, 32);
  }
}
