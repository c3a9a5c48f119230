package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Instances to restart through {@code RebootAndroidInstancesInGroup}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RebootAndroidInstancesInGroupRequest.Builder.class)
abstract class RebootAndroidInstancesInGroupRequestDef {
  /** Ids of the instances to restart. */
  public abstract List<String> androidInstanceIds();

  /** Whether to force the restart when a normal shutdown fails; may lose data. */
  public abstract Optional<Boolean> forceStop();

  /** Whether the service skips its checks of the parameters. */
  public abstract Optional<Boolean> ignoreParamValidation();

  /** Sale mode, {@code Instance} or {@code Node}; the reference marks this parameter as deprecated. */
  public abstract Optional<String> saleMode();
}
