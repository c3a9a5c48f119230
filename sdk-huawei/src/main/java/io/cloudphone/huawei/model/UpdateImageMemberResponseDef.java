package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer to {@code UpdateImageMember}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateImageMemberResponse.Builder.class)
abstract class UpdateImageMemberResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
