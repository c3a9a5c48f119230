package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A system property template as listed by {@code DescribeSystemPropertyTemplates}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SystemPropertyTemplate.Builder.class)
abstract class SystemPropertyTemplateDef {
  /** Whether some preset properties are generated automatically. */
  public abstract Optional<Boolean> enableAuto();

  /** URL of the template file. */
  public abstract Optional<String> filePath();

  /** Status of the template, for example {@code init}. */
  public abstract Optional<String> status();

  /** The properties of the template. */
  public abstract Optional<SystemPropertyInfo> systemPropertyInfo();

  /** Id of the template. */
  public abstract Optional<String> templateId();

  /** Name of the template. */
  public abstract Optional<String> templateName();
}
