package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Accepts or rejects, through {@code UpdateImageMember}, an image another account shared with your project. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateImageMemberRequest.Builder.class)
abstract class UpdateImageMemberRequestDef {
  /** Id of the image shared with you. */
  public abstract String imageId();

  /** Decision: {@code accepted} to use the image, {@code rejected} to refuse it (a rejected image cannot be used). */
  public abstract String status();

  @Value.Check
  void check() {
    Validate.notBlank("image_id", imageId());
    Validate.oneOf("status", status(), List.of("accepted", "rejected"));
  }
}
