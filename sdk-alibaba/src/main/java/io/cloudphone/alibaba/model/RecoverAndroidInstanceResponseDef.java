package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code RecoverAndroidInstance}: one restore task per instance. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RecoverAndroidInstanceResponse.Builder.class)
abstract class RecoverAndroidInstanceResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Number of instances being restored. */
  public abstract Optional<Long> count();

  /** One entry per instance. */
  public abstract List<InstanceRecoveryResult> data();

  /** Id of the batch task. */
  public abstract Optional<String> taskId();
}
