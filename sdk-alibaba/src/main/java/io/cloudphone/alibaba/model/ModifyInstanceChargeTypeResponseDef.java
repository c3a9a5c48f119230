package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code ModifyInstanceChargeType}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyInstanceChargeTypeResponse.Builder.class)
abstract class ModifyInstanceChargeTypeResponseDef {
  /** Ids of the instance groups that were switched. */
  public abstract List<String> instanceGroupIds();

  /** Id of the order the service placed for this change. */
  public abstract Optional<String> orderId();

  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();
}
