package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The public bandwidth throttling rules of an instance group. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceGroupQosRules.Builder.class)
abstract class InstanceGroupQosRulesDef {
  /** The rules bound to the group's instances. */
  public abstract List<InstanceQosRule> instanceQosRule();

  /** Number of rules; the only camelCase field name of the answer. */
  @JsonAlias("totalCount")
  public abstract Optional<Integer> totalCount();
}
