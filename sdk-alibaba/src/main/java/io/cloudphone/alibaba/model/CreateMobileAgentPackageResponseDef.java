package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The order {@code CreateMobileAgentPackage} placed and the plans in it. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateMobileAgentPackageResponse.Builder.class)
abstract class CreateMobileAgentPackageResponseDef {
  /** Ids of the bought resource plans. */
  public abstract List<String> mobileAgentPackageIds();

  /** Id of the order. */
  public abstract Optional<String> orderId();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
