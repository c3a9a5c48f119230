package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code ListImages}, which lists custom images; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListImagesRequest.Builder.class)
abstract class ListImagesRequestDef {
  /** Image type: {@code private} for your own images, {@code share} for images shared with you. */
  public abstract Optional<String> imageType();

  /** Image status: 0 creating, 1 ready for use, 2 creation failed. */
  public abstract Optional<Integer> status();

  /** Index of the first image to return; 0 when absent. */
  public abstract Optional<Integer> offset();

  /** Images per page, 1 to 100; the service defaults to 100. */
  public abstract Optional<Integer> limit();

  /** Id of one image to look up. */
  public abstract Optional<String> imageId();

  /** Image name to filter on. */
  public abstract Optional<String> imageName();

  /** Earliest creation time to include, in epoch milliseconds. */
  public abstract Optional<Long> createSince();

  /** Latest creation time to include, in epoch milliseconds. */
  public abstract Optional<Long> createUntil();

  /** Project id of the account that shared the image, for shared images. */
  public abstract Optional<String> srcProjectId();

  @Value.Check
  void check() {
    Validate.range("offset", offset(), 0, Integer.MAX_VALUE);
    Validate.range("limit", limit(), 1, 100);
    Validate.range("create_since", createSince(), 0, Long.MAX_VALUE);
    Validate.range("create_until", createUntil(), 0, Long.MAX_VALUE);
  }
}
