package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code SetNetworkBlacklist}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SetNetworkBlacklistResponse.Builder.class)
abstract class SetNetworkBlacklistResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();
}
