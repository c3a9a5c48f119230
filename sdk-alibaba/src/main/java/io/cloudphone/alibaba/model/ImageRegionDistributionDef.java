package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** How far an image's copy to one region has got. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ImageRegionDistribution.Builder.class)
abstract class ImageRegionDistributionDef {
  /** State of the copy, for example {@code CREATING} or {@code AVAILABLE}. */
  public abstract Optional<String> distributeStatus();

  /** Progress of the copy, as the service formats it (for example {@code 100%}). */
  public abstract Optional<String> progress();
}
