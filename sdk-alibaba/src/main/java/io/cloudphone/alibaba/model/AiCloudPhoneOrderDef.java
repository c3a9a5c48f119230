package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The order {@code CreateAICloudPhone} placed and the packages it buys. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AiCloudPhoneOrder.Builder.class)
abstract class AiCloudPhoneOrderDef {
  /** Id of the order (a number in this operation, unlike most order ids). */
  public abstract Optional<Long> orderId();

  /** Ids of the packages bought with the order. */
  public abstract List<String> packageIds();
}
