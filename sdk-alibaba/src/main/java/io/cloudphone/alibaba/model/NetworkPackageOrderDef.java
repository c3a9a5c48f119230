package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A bandwidth plan ordered together with new matrices. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = NetworkPackageOrder.Builder.class)
abstract class NetworkPackageOrderDef {
  /** Id of the bandwidth plan. */
  public abstract Optional<String> bandwidthPackageId();

  /** Id of the order for the bandwidth plan. */
  public abstract Optional<String> bandwidthPackageOrderId();
}
