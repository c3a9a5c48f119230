package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/**
 * Shares a custom image with another account's project through {@code AddImageMember}; the project must be
 * in the same region, and one image can be shared with at most 10 accounts.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AddImageMemberRequest.Builder.class)
abstract class AddImageMemberRequestDef {
  /** Id of the custom image to share. */
  public abstract String imageId();

  /** Project id of the account the image is shared with. */
  public abstract String member();

  @Value.Check
  void check() {
    Validate.notBlank("image_id", imageId());
    Validate.notBlank("member", member());
  }
}
