package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The agent instance and API key that {@code ActivateEdgeMobileAgent} created for an edge device. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ActivateEdgeMobileAgentResponse.Builder.class)
abstract class ActivateEdgeMobileAgentResponseDef {
  /** The activated agent. */
  public abstract Optional<EdgeAgentActivation> data();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
