package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code RebootAndroidInstancesInGroup}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RebootAndroidInstancesInGroupResponse.Builder.class)
abstract class RebootAndroidInstancesInGroupResponseDef {
  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** The batch task and each instance's own task. */
  public abstract Optional<ChildTaskGroup> tasks();
}
