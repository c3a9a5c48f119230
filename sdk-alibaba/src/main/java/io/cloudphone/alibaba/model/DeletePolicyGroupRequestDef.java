package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Deletes cloud phone policies ({@code DeletePolicyGroup}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeletePolicyGroupRequest.Builder.class)
abstract class DeletePolicyGroupRequestDef {
  /** Policies to delete; at least one. */
  public abstract List<String> policyGroupIds();

  @Value.Check
  void check() {
    Validate.size("PolicyGroupIds", policyGroupIds(), 1, Integer.MAX_VALUE);
  }
}
