package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer to {@code DeleteImageMember}: the request id, plus an error when the service refused. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteImageMemberResponse.Builder.class)
abstract class DeleteImageMemberResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Error code, when the sharing could not be removed. */
  public abstract Optional<String> errorCode();

  /** Error message, when the sharing could not be removed. */
  public abstract Optional<String> errorMsg();
}
