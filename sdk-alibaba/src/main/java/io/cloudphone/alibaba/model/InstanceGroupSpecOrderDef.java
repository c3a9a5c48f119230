package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One order placed by {@code ModifyInstanceGroupSpec}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceGroupSpecOrder.Builder.class)
abstract class InstanceGroupSpecOrderDef {
  /** Instances whose specification the order changes. */
  public abstract List<String> instanceIds();

  /** Id of the order. */
  public abstract Optional<String> orderId();
}
