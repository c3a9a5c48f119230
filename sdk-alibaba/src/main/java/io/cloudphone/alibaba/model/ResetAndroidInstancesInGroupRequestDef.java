package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Instances to reinstall from their original image through {@code ResetAndroidInstancesInGroup}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ResetAndroidInstancesInGroupRequest.Builder.class)
abstract class ResetAndroidInstancesInGroupRequestDef {
  /** Ids of the instances to reset. */
  public abstract List<String> androidInstanceIds();

  /** Whether the service skips its checks of the parameters. */
  public abstract Optional<Boolean> ignoreParamValidation();

  /** Sale mode, {@code Instance} or {@code Node}; the reference marks this parameter as deprecated. */
  public abstract Optional<String> saleMode();

  /** Which settings to reset; not supported on the international site. */
  public abstract Optional<Integer> settingResetType();
}
