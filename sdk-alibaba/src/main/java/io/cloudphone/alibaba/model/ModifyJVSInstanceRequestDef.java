package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code ModifyJVSInstance}: the agent (JVS) instances to change and what to change. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyJVSInstanceRequest.Builder.class)
abstract class ModifyJVSInstanceRequestDef {
  /** Agent version to move to, for example {@code 2607W1}, or {@code latest} for the newest available. */
  public abstract Optional<String> agentVersion();

  /** Whether the change applies to all instances rather than to {@code InstanceIds}. */
  public abstract Optional<Boolean> applyToAll();

  /**
   * Credit quotas to set, sent flattened as {@code CreditConfig.N.CreditLimit} / {@code
   * CreditConfig.N.LimitPeriod}; a later configuration replaces an earlier one.
   */
  public abstract List<AgentCreditConfig> creditConfig();

  /** Image to move the instances to. */
  public abstract Optional<String> imageId();

  /** Instances to change. */
  public abstract List<String> instanceIds();

  /** New name of the instances. */
  public abstract Optional<String> instanceName();
}
