package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code DeleteSystemPropertyTemplates}; phones that already received a template keep its values. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteSystemPropertyTemplatesRequest.Builder.class)
abstract class DeleteSystemPropertyTemplatesRequestDef {
  /** Templates to delete, sent as {@code TemplateIds.N}. */
  public abstract List<String> templateIds();

  @Value.Check
  void check() {
    Validate.size("TemplateIds", templateIds(), 1, Integer.MAX_VALUE);
  }
}
