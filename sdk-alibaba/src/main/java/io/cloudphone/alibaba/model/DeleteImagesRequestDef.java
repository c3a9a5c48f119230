package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Deletes custom images ({@code DeleteImages}); the ids go as one JSON array string. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = DeleteImagesRequest.class)
@JsonDeserialize(as = DeleteImagesRequest.class)
abstract class DeleteImagesRequestDef {
  /** Images to delete; at least one. */
  public abstract List<String> imageIds();

  @Value.Check
  void check() {
    Validate.size("ImageIds", imageIds(), 1, Integer.MAX_VALUE);
  }
}
