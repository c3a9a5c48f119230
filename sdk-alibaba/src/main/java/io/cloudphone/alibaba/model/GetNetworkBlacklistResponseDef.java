package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code GetNetworkBlacklist}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = GetNetworkBlacklistResponse.Builder.class)
abstract class GetNetworkBlacklistResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** The blacklist. */
  public abstract Optional<NetworkBlacklist> networkBlacklistModel();
}
