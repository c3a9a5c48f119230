package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code UpgradeAndroidInstanceGroup}: grows an instance group by new instances. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpgradeAndroidInstanceGroupRequest.Builder.class)
abstract class UpgradeAndroidInstanceGroupRequestDef {
  /** Whether the order is paid automatically. */
  public abstract Optional<Boolean> autoPay();

  /** Number of instances to add to the group. */
  public abstract Optional<Integer> increaseNumberOfInstance();

  /** Id of the instance group to grow. */
  public abstract Optional<String> instanceGroupId();

  /** Address the service calls back when the order is paid; spelled {@code PaidCallBackUrl} on the wire. */
  public abstract Optional<String> paidCallBackUrl();

  /** Promotion to apply to the order. */
  public abstract Optional<String> promotionId();
}
