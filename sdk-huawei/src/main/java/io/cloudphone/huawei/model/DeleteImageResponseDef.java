package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer to {@code DeleteImage}: the request id, plus an error when the service refused the deletion. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteImageResponse.Builder.class)
abstract class DeleteImageResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Error code, when the deletion failed. */
  public abstract Optional<String> errorCode();

  /** Error message, when the deletion failed. */
  public abstract Optional<String> errorMsg();
}
