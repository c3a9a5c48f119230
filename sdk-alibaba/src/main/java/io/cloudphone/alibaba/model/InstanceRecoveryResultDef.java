package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The restore one instance started, as {@code RecoverAndroidInstance} and {@code RecoverApp} report it. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceRecoveryResult.Builder.class)
abstract class InstanceRecoveryResultDef {
  /** The instance restored. */
  public abstract Optional<String> androidInstanceId();

  /** Id of this instance's restore task. */
  public abstract Optional<String> taskId();
}
