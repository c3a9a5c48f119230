package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The finished shell command on each phone, with its output. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RunSyncCommandResponse.Builder.class)
abstract class RunSyncCommandResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /**
   * One finished task per phone: {@code status} 2 or -1, the error of a failed command and, either way, its output in
   * {@code execute_msg} (at most 1,024 bytes).
   */
  public abstract List<Job> jobs();
}
