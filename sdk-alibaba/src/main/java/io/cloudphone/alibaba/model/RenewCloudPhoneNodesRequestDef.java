package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code RenewCloudPhoneNodes}: extends the subscription of matrices. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RenewCloudPhoneNodesRequest.Builder.class)
abstract class RenewCloudPhoneNodesRequestDef {
  /** Whether the order is paid automatically; false when absent. */
  public abstract Optional<Boolean> autoPay();

  /** Whether the subscription renews automatically from now on. */
  public abstract Optional<Boolean> autoRenew();

  /** Ids of the matrices to renew, sent in the form body. */
  public abstract List<String> nodeIds();

  /** Address the service calls back when the order is paid; spelled {@code PaidCallBackUrl} on the wire. */
  public abstract Optional<String> paidCallBackUrl();

  /** Length of the subscription in {@code PeriodUnit}s: 1 for a year, or 1, 2, 3 or 6 months. */
  public abstract Optional<Integer> period();

  /** Unit of {@code Period}: {@code Year} or {@code Month}. */
  public abstract Optional<String> periodUnit();

  /** Promotion to apply to the order. */
  public abstract Optional<String> promotionId();
}
