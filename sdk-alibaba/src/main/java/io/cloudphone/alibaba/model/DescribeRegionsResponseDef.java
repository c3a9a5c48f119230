package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code DescribeRegions}: where cloud phones can be bought. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeRegionsResponse.Builder.class)
abstract class DescribeRegionsResponseDef {
  /** The regions on offer. */
  public abstract List<CloudPhoneRegion> regionModels();

  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();
}
