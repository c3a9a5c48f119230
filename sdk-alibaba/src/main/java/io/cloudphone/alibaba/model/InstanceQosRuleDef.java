package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A public bandwidth throttling rule bound to one instance (premium bandwidth only). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceQosRule.Builder.class)
abstract class InstanceQosRuleDef {
  /** Id of the instance. */
  public abstract Optional<String> instanceId();

  /** Id of the throttling rule. */
  public abstract Optional<String> qosRuleId();
}
