package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code DeleteAndroidInstanceGroup}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteAndroidInstanceGroupResponse.Builder.class)
abstract class DeleteAndroidInstanceGroupResponseDef {
  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();
}
