package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of custom images (private or shared with you). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListImagesResponse.Builder.class)
abstract class ListImagesResponseDef {
  /** The images on this page. */
  public abstract List<CustomImage> imageInfos();

  /** Total number of images matching the filters. */
  public abstract Optional<Integer> total();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
