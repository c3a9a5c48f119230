package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code DescribeImageList}; only the image type is required. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeImageListRequest.Builder.class)
abstract class DescribeImageListRequestDef {
  /** Only images carrying these business tags; sent as {@code ImageBizTags.N.Key} / {@code .Value}. */
  public abstract List<Tag> imageBizTags();

  /** Only this image. */
  public abstract Optional<String> imageId();

  /** Only images with this name. */
  public abstract Optional<String> imageName();

  /** Only images of this package type. */
  public abstract Optional<String> imagePackageType();

  /** Which images: {@code User} for custom images, {@code System} for system images. */
  public abstract String imageType();

  /** Only images usable by this instance type. */
  public abstract Optional<String> instanceType();

  /** Entries per page, 1 to 100; the service defaults to 20. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  /** Only images in this state, for example {@code AVAILABLE}, {@code CREATING}, {@code CREATE_FAILED}. */
  public abstract Optional<String> status();

  /** Only images of this operating system type. */
  public abstract Optional<String> systemType();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, 100);
  }
}
