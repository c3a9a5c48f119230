package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The renewal order {@code RenewMobileAgentPackage} placed. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RenewMobileAgentPackageResponse.Builder.class)
abstract class RenewMobileAgentPackageResponseDef {
  /** Id of the order. */
  public abstract Optional<String> orderId();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
