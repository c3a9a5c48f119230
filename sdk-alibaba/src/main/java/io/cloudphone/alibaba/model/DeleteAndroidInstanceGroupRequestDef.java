package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code DeleteAndroidInstanceGroup}: the instance groups to release. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = DeleteAndroidInstanceGroupRequest.class)
@JsonDeserialize(as = DeleteAndroidInstanceGroupRequest.class)
abstract class DeleteAndroidInstanceGroupRequestDef {
  /** Ids of the instance groups to delete. */
  public abstract List<String> instanceGroupIds();
}
