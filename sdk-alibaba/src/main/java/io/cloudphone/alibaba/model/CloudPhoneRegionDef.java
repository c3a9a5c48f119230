package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A region where cloud phones can be bought. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneRegion.Builder.class)
abstract class CloudPhoneRegionDef {
  /** Id of the region, for example {@code cn-hangzhou}. */
  public abstract Optional<String> regionId();

  /** Readable name of the region in the requested language. */
  public abstract Optional<String> regionName();
}
