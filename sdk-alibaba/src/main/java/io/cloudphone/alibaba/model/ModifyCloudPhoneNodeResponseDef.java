package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code ModifyCloudPhoneNode}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyCloudPhoneNodeResponse.Builder.class)
abstract class ModifyCloudPhoneNodeResponseDef {
  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();
}
