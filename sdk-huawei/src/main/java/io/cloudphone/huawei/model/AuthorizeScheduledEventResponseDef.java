package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Acknowledges an authorised scheduled event. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = AuthorizeScheduledEventResponse.class)
@JsonDeserialize(as = AuthorizeScheduledEventResponse.class)
abstract class AuthorizeScheduledEventResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
