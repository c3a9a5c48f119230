package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Optional filter for {@code ListCloudPhoneImages}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListCloudPhoneImagesRequest.Builder.class)
abstract class ListCloudPhoneImagesRequestDef {
  /** Which images to list: {@code public}, {@code private}, {@code share} or {@code all} (current API only). */
  public abstract Optional<String> imageType();

  @Value.Check
  void check() {
    imageType().ifPresent(t -> Validate.oneOf("image_type", t, List.of("public", "private", "share", "all")));
  }
}
