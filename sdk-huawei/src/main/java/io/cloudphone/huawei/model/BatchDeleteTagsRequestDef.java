package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Removes tags from one resource through {@code BatchDeleteTags}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BatchDeleteTagsRequest.Builder.class)
abstract class BatchDeleteTagsRequestDef {
  /** Resource type; {@code cph-server} (cloud phone server), the only documented type, is the default. */
  @Value.Default
  public String resourceType() {
    return "cph-server";
  }

  /** Id of the resource (for {@code cph-server}, the cloud phone server id). */
  public abstract String resourceId();

  /** The tags to remove; at least one. */
  public abstract List<ResourceTag> tags();

  @Value.Check
  void check() {
    Validate.notBlank("resource_type", resourceType());
    Validate.notBlank("resource_id", resourceId());
    if (tags().isEmpty()) {
      throw new IllegalArgumentException("tags must hold at least one tag");
    }
  }
}
