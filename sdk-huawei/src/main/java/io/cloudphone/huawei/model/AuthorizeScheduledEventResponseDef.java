package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Acknowledges an authorised scheduled event. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AuthorizeScheduledEventResponse.Builder.class)
abstract class AuthorizeScheduledEventResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
