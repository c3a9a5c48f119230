package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Per-image outcome of a {@code DeleteImages} request. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteImagesResult.Builder.class)
abstract class DeleteImagesResultDef {
  /** Images that were deleted. */
  public abstract List<String> successDeleteImageIds();

  /** Images that could not be deleted. */
  public abstract List<String> failDeleteImageIds();
}
