package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Names the custom image whose sharing projects {@code ListImageMembers} lists. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = ListImageMembersRequest.class)
@JsonDeserialize(as = ListImageMembersRequest.class)
abstract class ListImageMembersRequestDef {
  /** Id of the custom image. */
  public abstract String imageId();

  @Value.Check
  void check() {
    Validate.notBlank("image_id", imageId());
  }
}
