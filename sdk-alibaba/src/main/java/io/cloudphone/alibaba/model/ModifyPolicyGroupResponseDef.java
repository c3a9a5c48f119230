package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Acknowledgement of {@code ModifyPolicyGroup}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyPolicyGroupResponse.Builder.class)
abstract class ModifyPolicyGroupResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
