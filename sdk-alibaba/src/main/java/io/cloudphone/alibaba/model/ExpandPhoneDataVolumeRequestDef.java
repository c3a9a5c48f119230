package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code ExpandPhoneDataVolume}, which grows the storage of each phone on cloud phone matrices and places an order. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ExpandPhoneDataVolumeRequest.Builder.class)
abstract class ExpandPhoneDataVolumeRequestDef {
  /** Whether the order is paid automatically from the account balance; otherwise it waits unpaid in the console. */
  public abstract Optional<Boolean> autoPay();

  /** Region of the matrices, for example {@code cn-hangzhou}. */
  public abstract Optional<String> bizRegionId();

  /** Ids of the matrix instances ({@code cpn-...}) to grow, 1 to 100, sent as {@code InstanceIds.N}. */
  public abstract List<String> instanceIds();

  /** Page the payment flow returns to; the wire name is spelled {@code PaidCallBackUrl} (capital B) in this operation. */
  public abstract Optional<String> paidCallBackUrl();

  /** New size of each phone's data storage in GiB. */
  public abstract Optional<Integer> phoneDataVolume();

  /** Id of a promotion or coupon to apply to the order. */
  public abstract Optional<String> promotionId();

  @Value.Check
  void check() {
    Validate.size("InstanceIds", instanceIds(), 1, 100);
  }
}
