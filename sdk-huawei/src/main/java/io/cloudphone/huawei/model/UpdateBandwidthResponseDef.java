package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Acknowledgement of {@code UpdateBandwidth}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateBandwidthResponse.Builder.class)
abstract class UpdateBandwidthResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
