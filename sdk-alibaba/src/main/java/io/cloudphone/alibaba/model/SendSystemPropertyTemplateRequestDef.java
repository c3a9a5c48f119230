package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code SendSystemPropertyTemplate}, which applies templates to instances with setprop; several templates are assigned at random. The instance ids travel in the form body. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SendSystemPropertyTemplateRequest.Builder.class)
abstract class SendSystemPropertyTemplateRequestDef {
  /** Target instances, sent in the form body as {@code AndroidInstanceIds.N}. */
  public abstract List<String> androidInstanceIds();

  /** The template to apply. */
  public abstract Optional<String> templateId();

  /** Several templates, matched to the instances at random, sent as {@code TemplateIds.N}. */
  public abstract List<String> templateIds();

  @Value.Check
  void check() {
    Validate.size("AndroidInstanceIds", androidInstanceIds(), 1, Integer.MAX_VALUE);
  }
}
