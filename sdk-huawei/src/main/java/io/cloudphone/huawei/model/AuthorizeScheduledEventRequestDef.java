package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** Authorises a scheduled event, optionally at a chosen time ({@code AuthorizeScheduledEvent}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AuthorizeScheduledEventRequest.Builder.class)
abstract class AuthorizeScheduledEventRequestDef {
  /** Event to authorise. */
  public abstract String eventId();

  /** Authorisation: {@code maintenance} (repair in place) or {@code redeploy}. */
  public abstract String authorizationType();

  /**
   * Planned start as UTC {@code yyyy-MM-ddTHH:mm:ssZ}, at least 5 minutes ahead; maintenance only; empty string
   * for now.
   */
  public abstract Optional<String> notBefore();

  @Value.Check
  void check() {
    Validate.notBlank("event_id", eventId());
    Validate.oneOf("authorization_type", authorizationType(), Set.of("maintenance", "redeploy"));
  }
}
