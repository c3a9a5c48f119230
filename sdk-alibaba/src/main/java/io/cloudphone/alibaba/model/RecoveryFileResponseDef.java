package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The restores started by {@code RecoveryFile}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RecoveryFileResponse.Builder.class)
abstract class RecoveryFileResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Batch task to follow with {@code DescribeTasks}. */
  public abstract Optional<String> taskId();

  /** Number of instances being restored. */
  public abstract Optional<Long> count();

  /** One task per instance. */
  public abstract List<InstanceFileTask> data();
}
