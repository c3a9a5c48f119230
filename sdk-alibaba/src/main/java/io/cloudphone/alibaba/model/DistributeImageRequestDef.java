package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Copies a custom image to other regions ({@code DistributeImage}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DistributeImageRequest.Builder.class)
abstract class DistributeImageRequestDef {
  /** Regions to copy the image to; at least one. */
  public abstract List<String> distributeRegionList();

  /** Image to copy. */
  public abstract String imageId();

  @Value.Check
  void check() {
    Validate.size("DistributeRegionList", distributeRegionList(), 1, Integer.MAX_VALUE);
  }
}
