package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code InstanceHealer}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceHealerResponse.Builder.class)
abstract class InstanceHealerResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** The repair outcome. */
  public abstract Optional<InstanceHealerResult> instanceHealerModel();
}
