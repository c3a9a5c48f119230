package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Screen settings of instances from {@code DescribeDisplayConfig}. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = DescribeDisplayConfigResponse.class)
@JsonDeserialize(as = DescribeDisplayConfigResponse.class)
abstract class DescribeDisplayConfigResponseDef {
  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** One entry per instance. */
  public abstract List<InstanceDisplayConfig> displayConfigModel();
}
