package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The policy made by {@code CreatePolicyGroup}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreatePolicyGroupResponse.Builder.class)
abstract class CreatePolicyGroupResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Id of the new policy, for example {@code pg-0bjyfo7ytyz0j****}. */
  public abstract Optional<String> policyGroupId();
}
