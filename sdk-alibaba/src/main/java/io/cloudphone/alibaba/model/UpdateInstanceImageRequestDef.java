package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Instances to move to another image through {@code UpdateInstanceImage}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateInstanceImageRequest.Builder.class)
abstract class UpdateInstanceImageRequestDef {
  /** Whether the service skips its checks of the parameters. */
  public abstract Optional<Boolean> ignoreParamValidation();

  /** Id of the target image. */
  public abstract Optional<String> imageId();

  /** Ids of the instances. */
  public abstract List<String> instanceIdList();

  /** Whether the instances are reset while their image is updated. */
  public abstract Optional<Boolean> reset();
}
