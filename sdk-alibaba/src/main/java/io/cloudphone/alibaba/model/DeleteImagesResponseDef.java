package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Outcome of {@code DeleteImages}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteImagesResponse.Builder.class)
abstract class DeleteImagesResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Which images were deleted and which were not. */
  public abstract Optional<DeleteImagesResult> data();
}
