package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer to {@code AddImageMember}: the request id, plus an error when the service refused to share. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AddImageMemberResponse.Builder.class)
abstract class AddImageMemberResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Error code, when sharing failed. */
  public abstract Optional<String> errorCode();

  /** Error message, when sharing failed. */
  public abstract Optional<String> errorMsg();
}
