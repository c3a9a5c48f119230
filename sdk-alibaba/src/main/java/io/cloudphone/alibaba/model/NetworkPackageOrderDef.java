package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A bandwidth plan ordered together with new matrices. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = NetworkPackageOrder.class)
@JsonDeserialize(as = NetworkPackageOrder.class)
abstract class NetworkPackageOrderDef {
  /** Id of the bandwidth plan. */
  public abstract Optional<String> bandwidthPackageId();

  /** Id of the order for the bandwidth plan. */
  public abstract Optional<String> bandwidthPackageOrderId();
}
