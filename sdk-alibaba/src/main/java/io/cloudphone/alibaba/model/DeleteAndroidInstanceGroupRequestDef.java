package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code DeleteAndroidInstanceGroup}: the instance groups to release. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteAndroidInstanceGroupRequest.Builder.class)
abstract class DeleteAndroidInstanceGroupRequestDef {
  /** Ids of the instance groups to delete. */
  public abstract List<String> instanceGroupIds();
}
