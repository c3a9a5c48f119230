package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Names the custom image whose sharing projects {@code ListImageMembers} lists. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListImageMembersRequest.Builder.class)
abstract class ListImageMembersRequestDef {
  /** Id of the custom image. */
  public abstract String imageId();

  @Value.Check
  void check() {
    Validate.notBlank("image_id", imageId());
  }
}
