package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Model-gateway tokens issued by {@code RefreshAuthTokens}, with the gateway they are for. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AgentAuthTokens.Builder.class)
abstract class AgentAuthTokensDef {
  /** Address of the model gateway the tokens authenticate to. */
  public abstract Optional<String> baseUrl();

  /** One token per instance or license key. */
  public abstract List<AgentAuthToken> tokens();
}
