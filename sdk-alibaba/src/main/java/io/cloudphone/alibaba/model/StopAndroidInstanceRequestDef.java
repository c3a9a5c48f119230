package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Instances to stop through {@code StopAndroidInstance}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = StopAndroidInstanceRequest.Builder.class)
abstract class StopAndroidInstanceRequestDef {
  /** Ids of the instances to stop. */
  public abstract List<String> androidInstanceIds();

  /** Whether to force the shutdown when a normal one fails; may lose data. */
  public abstract Optional<Boolean> forceStop();

  /** Sale mode, {@code Instance} or {@code Node}; the reference marks this parameter as deprecated. */
  public abstract Optional<String> saleMode();
}
