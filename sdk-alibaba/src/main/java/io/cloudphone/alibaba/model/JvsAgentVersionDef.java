package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Version of the agent on a JVS instance and its upgrade state. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = JvsAgentVersion.Builder.class)
abstract class JvsAgentVersionDef {
  /** Upgrade state of the agent as the service reports it. */
  public abstract Optional<String> upgradeStatus();

  /** Version of the agent, for example {@code 2607W1}. */
  public abstract Optional<String> version();
}
