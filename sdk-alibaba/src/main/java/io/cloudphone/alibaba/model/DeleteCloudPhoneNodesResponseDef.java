package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code DeleteCloudPhoneNodes}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteCloudPhoneNodesResponse.Builder.class)
abstract class DeleteCloudPhoneNodesResponseDef {
  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();
}
