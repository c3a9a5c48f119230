package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code ModifyAndroidInstanceGroup}: a new name or policy for one instance group. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyAndroidInstanceGroupRequest.Builder.class)
abstract class ModifyAndroidInstanceGroupRequestDef {
  /** Id of the instance group to modify. */
  public abstract Optional<String> instanceGroupId();

  /** New name of the group, at most 30 characters, starting with a letter or Chinese character. */
  public abstract Optional<String> newInstanceGroupName();

  /** Policy to apply to the group. */
  public abstract Optional<String> policyGroupId();

  /** New streaming mode of the group's instances. */
  public abstract Optional<Integer> streamMode();

  @Value.Check
  void check() {
    Validate.length("NewInstanceGroupName", newInstanceGroupName(), 1, 30);
  }
}
