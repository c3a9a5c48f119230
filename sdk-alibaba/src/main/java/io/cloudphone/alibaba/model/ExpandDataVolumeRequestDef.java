package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code ExpandDataVolume}: a larger shared storage for matrices. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ExpandDataVolumeRequest.Builder.class)
abstract class ExpandDataVolumeRequestDef {
  /** Whether the order is paid automatically; false when absent. */
  public abstract Optional<Boolean> autoPay();

  /** Region of the matrices. */
  public abstract Optional<String> bizRegionId();

  /** Ids of the matrices to expand. */
  public abstract List<String> nodeIds();

  /** Address the service calls back when the order is paid; spelled {@code PaidCallBackUrl} on the wire. */
  public abstract Optional<String> paidCallBackUrl();

  /** New size of each phone's own storage in GiB. */
  public abstract Optional<Integer> phoneDataVolume();

  /** Promotion to apply to the order. */
  public abstract Optional<String> promotionId();

  /** New size of the matrices' shared storage in GiB. */
  public abstract Optional<Integer> shareDataVolume();
}
