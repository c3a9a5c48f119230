package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A network access rule of a cloud phone policy, as {@code ListPolicyGroups} reports it. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AccessPolicy.Builder.class)
abstract class AccessPolicyDef {
  /** Id of the rule. */
  public abstract Optional<Long> accessPolicyRuleId();

  /** Address range the rule applies to, in CIDR notation. */
  public abstract Optional<String> cidrIp();

  /** Description of the rule. */
  public abstract Optional<String> description();

  /** What the rule does with matching traffic. */
  public abstract Optional<String> policy();

  /** Priority of the rule among the policy's rules. */
  public abstract Optional<Integer> priority();
}
