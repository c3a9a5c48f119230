package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The model-gateway tokens that {@code RefreshAuthTokens} issued. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RefreshAuthTokensResponse.Builder.class)
abstract class RefreshAuthTokensResponseDef {
  /** The gateway address and the new tokens. */
  public abstract Optional<AgentAuthTokens> data();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
