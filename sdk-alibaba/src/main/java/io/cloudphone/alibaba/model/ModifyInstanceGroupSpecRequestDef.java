package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code ModifyInstanceGroupSpec}, which upgrades the specification of instance groups (downgrades are refused). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyInstanceGroupSpecRequest.Builder.class)
abstract class ModifyInstanceGroupSpecRequestDef {
  /** Whether the orders are paid automatically from the account balance. */
  public abstract Optional<Boolean> autoPay();

  /** Instance groups to upgrade, sent as {@code InstanceGroupIds.N}. */
  public abstract List<String> instanceGroupIds();

  /** The new specification, for example {@code acp.basic.small}; see {@code DescribeSpec}. */
  public abstract String instanceGroupSpec();

  /** Id of a promotion to apply. */
  public abstract Optional<String> promotionId();
}
