package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code ModifyAndroidInstance}. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = ModifyAndroidInstanceResponse.class)
@JsonDeserialize(as = ModifyAndroidInstanceResponse.class)
abstract class ModifyAndroidInstanceResponseDef {
  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
