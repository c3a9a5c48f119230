package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code TagResources}, which attaches tags to cloud phones. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = TagResourcesRequest.Builder.class)
abstract class TagResourcesRequestDef {
  /** Phones to tag (1 to 50), sent as {@code ResourceId.N}. */
  public abstract List<String> resourceId();

  /** Type of the resources: {@code ALIYUN::ACP::INSTANCE}. */
  public abstract String resourceType();

  /** Tags to attach (1 to 20), sent as {@code Tag.N.Key} / {@code Tag.N.Value}. */
  public abstract List<Tag> tag();

  @Value.Check
  void check() {
    Validate.size("ResourceId", resourceId(), 1, 50);
    Validate.size("Tag", tag(), 1, 20);
  }
}
