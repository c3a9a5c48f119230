package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Outcome of {@code SetAdbSecure}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SetAdbSecureResponse.Builder.class)
abstract class SetAdbSecureResponseDef {
  /** Counts and ids of the instances the switch was set on. */
  public abstract Optional<AdbSecureResult> data();

  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
