package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code ExpandPhoneDataVolume}: the order it placed. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ExpandPhoneDataVolumeResponse.Builder.class)
abstract class ExpandPhoneDataVolumeResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Id of the order that grows the storage. */
  public abstract Optional<String> orderId();
}
