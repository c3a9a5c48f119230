package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code UpdateInstanceGroupImage}: moves instance groups to another image. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateInstanceGroupImageRequest.Builder.class)
abstract class UpdateInstanceGroupImageRequestDef {
  /** Image the groups should run, sent in the form body. */
  public abstract String imageId();

  /** Ids of the instance groups to update, sent in the form body. */
  public abstract List<String> instanceGroupIds();
}
