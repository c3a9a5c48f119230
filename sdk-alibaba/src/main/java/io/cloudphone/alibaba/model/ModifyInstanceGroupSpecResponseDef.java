package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code ModifyInstanceGroupSpec}: one order per group, or an order task for large batches. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyInstanceGroupSpecResponse.Builder.class)
abstract class ModifyInstanceGroupSpecResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** The orders placed. */
  public abstract List<InstanceGroupSpecOrder> orderInfo();

  /** Id of the order task, returned when more than 10 groups change at once. */
  public abstract Optional<String> orderTaskId();
}
