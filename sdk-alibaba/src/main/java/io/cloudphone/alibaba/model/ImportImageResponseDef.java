package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code ImportImage}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ImportImageResponse.Builder.class)
abstract class ImportImageResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Id of the imported image. */
  public abstract Optional<String> imageId();
}
