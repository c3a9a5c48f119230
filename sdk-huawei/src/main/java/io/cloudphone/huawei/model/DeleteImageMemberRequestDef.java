package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Stops sharing a custom image with one project through {@code DeleteImageMember}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteImageMemberRequest.Builder.class)
abstract class DeleteImageMemberRequestDef {
  /** Id of the shared custom image. */
  public abstract String imageId();

  /** Project id the image should no longer be shared with. */
  public abstract String memberId();

  @Value.Check
  void check() {
    Validate.notBlank("image_id", imageId());
    Validate.notBlank("member_id", memberId());
  }
}
