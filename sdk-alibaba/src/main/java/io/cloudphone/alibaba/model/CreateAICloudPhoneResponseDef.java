package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code CreateAICloudPhone}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateAICloudPhoneResponse.Builder.class)
abstract class CreateAICloudPhoneResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** The order placed. */
  public abstract Optional<AiCloudPhoneOrder> data();
}
