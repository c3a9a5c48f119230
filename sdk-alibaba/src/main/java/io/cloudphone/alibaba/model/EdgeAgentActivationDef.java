package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An edge device activated as a mobile agent: its {@code em-} instance id and API key. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = EdgeAgentActivation.Builder.class)
abstract class EdgeAgentActivationDef {
  /**
   * API key of the agent; returned in plain text only on the first activation and never shown by {@code toString}.
   */
  @Value.Redacted
  public abstract Optional<String> authToken();

  /** Id of the device, as sent. */
  public abstract Optional<String> deviceId();

  /** Whether this call repeated an earlier activation of the same device (nothing new was created). */
  public abstract Optional<Boolean> idempotent();

  /** Id of the edge agent instance, for example {@code em-uto81vfd8t8z****}. */
  public abstract Optional<String> instanceId();
}
