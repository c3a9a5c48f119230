package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The per-instance task a file operation ({@code FetchFile}, {@code SendFile}, {@code RecoveryFile}) started. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceFileTask.Builder.class)
abstract class InstanceFileTaskDef {
  /** Instance the task works on. */
  public abstract Optional<String> androidInstanceId();

  /** Per-instance task id. */
  public abstract Optional<String> taskId();
}
