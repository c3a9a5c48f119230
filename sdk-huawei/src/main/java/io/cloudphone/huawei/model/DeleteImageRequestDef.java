package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Names the custom image that {@code DeleteImage} deletes. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteImageRequest.Builder.class)
abstract class DeleteImageRequestDef {
  /** Id of the custom image to delete. */
  public abstract String imageId();

  @Value.Check
  void check() {
    Validate.notBlank("image_id", imageId());
  }
}
