package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An instance group created by {@code CreateAndroidInstanceGroup}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreatedInstanceGroupInfo.Builder.class)
abstract class CreatedInstanceGroupInfoDef {
  /** Id of the instance group. */
  public abstract Optional<String> instanceGroupId();

  /** Ids of the instances created in the group. */
  public abstract List<String> instanceIds();
}
