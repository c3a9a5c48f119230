package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The cloud phone images the project can use. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListCloudPhoneImagesResponse.Builder.class)
abstract class ListCloudPhoneImagesResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** The images. */
  public abstract List<CloudPhoneImage> phoneImages();
}
