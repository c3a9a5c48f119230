package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A system or custom cloud phone image as listed by {@code DescribeImageList}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = Image.Builder.class)
abstract class ImageDef {
  /** Id of the image. */
  public abstract Optional<String> imageId();

  /** Name of the image. */
  public abstract Optional<String> imageName();

  /** {@code User} for a custom image, {@code System} for a system image. */
  public abstract Optional<String> imageType();

  /** Version of the image. */
  public abstract Optional<String> imageVersion();

  /** State: {@code INIT}, {@code CREATING}, {@code AVAILABLE}, {@code CREATE_FAILED} or {@code DELETE}. */
  public abstract Optional<String> status();

  /** Description of the image. */
  public abstract Optional<String> description();

  /** Operating system of the image. */
  public abstract Optional<String> systemType();

  /** Language of the image. */
  public abstract Optional<String> language();

  /** Rendering: {@code CPU}, {@code GPURemote} or {@code GPULocal}. */
  public abstract Optional<String> renderingType();

  /** Alibaba Cloud account that owns the image. */
  public abstract Optional<Long> aliUid();

  /** Business tags of the image. */
  public abstract List<Tag> imageBizTags();

  /** Regions the image is available in. */
  public abstract List<String> imageRegionList();

  /** Distribution state of the image per region id. */
  public abstract Map<String, ImageRegionDistribution> imageRegionDistributeMap();

  /** When the image was published, as the service formats it. */
  public abstract Optional<String> releaseTime();

  /** When the image was created, as the service formats it. */
  public abstract Optional<String> gmtCreate();

  /** When the image last changed, as the service formats it. */
  public abstract Optional<String> gmtModified();
}
