package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code DeleteAndroidInstanceGroup}. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = DeleteAndroidInstanceGroupResponse.class)
@JsonDeserialize(as = DeleteAndroidInstanceGroupResponse.class)
abstract class DeleteAndroidInstanceGroupResponseDef {
  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();
}
