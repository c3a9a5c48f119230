package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code RenewAndroidInstanceGroups}: extends the subscription of instance groups. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RenewAndroidInstanceGroupsRequest.Builder.class)
abstract class RenewAndroidInstanceGroupsRequestDef {
  /** Whether the order is paid automatically. */
  public abstract Optional<Boolean> autoPay();

  /** Ids of the instance groups to renew. */
  public abstract List<String> instanceGroupIds();

  /** Address the service calls back when the order is paid; spelled {@code PaidCallBackUrl} on the wire. */
  public abstract Optional<String> paidCallBackUrl();

  /** Length of the renewal in {@code PeriodUnit}s. */
  public abstract Optional<Integer> period();

  /** Unit of {@code Period}; {@code Month} when absent. */
  public abstract Optional<String> periodUnit();

  /** Promotion to apply to the order. */
  public abstract Optional<String> promotionId();
}
