package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Names the resource whose tags {@code ListResourceTags} lists. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListResourceTagsRequest.Builder.class)
abstract class ListResourceTagsRequestDef {
  /** Resource type; {@code cph-server} (cloud phone server), the only documented type, is the default. */
  @Value.Default
  public String resourceType() {
    return "cph-server";
  }

  /** Id of the resource (for {@code cph-server}, the cloud phone server id). */
  public abstract String resourceId();

  @Value.Check
  void check() {
    Validate.notBlank("resource_type", resourceType());
    Validate.notBlank("resource_id", resourceId());
  }
}
