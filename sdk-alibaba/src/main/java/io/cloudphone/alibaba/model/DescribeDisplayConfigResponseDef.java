package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Screen settings of instances from {@code DescribeDisplayConfig}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeDisplayConfigResponse.Builder.class)
abstract class DescribeDisplayConfigResponseDef {
  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** One entry per instance. */
  public abstract List<InstanceDisplayConfig> displayConfigModel();
}
