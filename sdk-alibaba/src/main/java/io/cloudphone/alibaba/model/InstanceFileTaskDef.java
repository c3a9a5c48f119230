package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The per-instance task a file operation ({@code FetchFile}, {@code SendFile}, {@code RecoveryFile}) started. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = InstanceFileTask.class)
@JsonDeserialize(as = InstanceFileTask.class)
abstract class InstanceFileTaskDef {
  /** Instance the task works on. */
  public abstract Optional<String> androidInstanceId();

  /** Per-instance task id. */
  public abstract Optional<String> taskId();
}
