package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code ExpandDataVolume}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ExpandDataVolumeResponse.Builder.class)
abstract class ExpandDataVolumeResponseDef {
  /** Id of the order the service placed for this change. */
  public abstract Optional<String> orderId();

  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();
}
