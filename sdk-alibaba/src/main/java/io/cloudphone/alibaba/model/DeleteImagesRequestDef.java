package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Deletes custom images ({@code DeleteImages}); the ids go as one JSON array string. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteImagesRequest.Builder.class)
abstract class DeleteImagesRequestDef {
  /** Images to delete; at least one. */
  public abstract List<String> imageIds();

  @Value.Check
  void check() {
    Validate.size("ImageIds", imageIds(), 1, Integer.MAX_VALUE);
  }
}
