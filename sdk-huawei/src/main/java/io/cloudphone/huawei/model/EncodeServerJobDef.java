package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One item of {@code RestartEncodeServer}'s {@code jobs}: the restart task of an encoding server, or its error. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = EncodeServerJob.Builder.class)
abstract class EncodeServerJobDef {
  /** Encoding server the task restarts. */
  public abstract Optional<String> encodeServerId();

  /** Id of the started task; absent when this item failed. */
  public abstract Optional<String> jobId();

  /** Error code of this item, when it failed. */
  public abstract Optional<String> errorCode();

  /** Error message of this item, when it failed. */
  public abstract Optional<String> errorMsg();

  /** Whether the service reported an error for this item. */
  public boolean hasError() {
    return errorCode().filter(code -> !code.isEmpty()).isPresent();
  }
}
