package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Instances to start through {@code StartAndroidInstance}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = StartAndroidInstanceRequest.Builder.class)
abstract class StartAndroidInstanceRequestDef {
  /** Ids of the instances to start. */
  public abstract List<String> androidInstanceIds();

  /** Sale mode, {@code Instance} or {@code Node}; the reference marks this parameter as deprecated. */
  public abstract Optional<String> saleMode();
}
