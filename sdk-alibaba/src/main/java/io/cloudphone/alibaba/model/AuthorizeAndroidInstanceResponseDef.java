package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code AuthorizeAndroidInstance}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AuthorizeAndroidInstanceResponse.Builder.class)
abstract class AuthorizeAndroidInstanceResponseDef {
  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
