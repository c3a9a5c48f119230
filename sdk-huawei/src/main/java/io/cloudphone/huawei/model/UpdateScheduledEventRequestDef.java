package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Moves the planned start of a scheduled event ({@code UpdateScheduledEvent}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateScheduledEventRequest.Builder.class)
abstract class UpdateScheduledEventRequestDef {
  /** Event to reschedule. */
  public abstract String eventId();

  /**
   * New planned start as UTC {@code yyyy-MM-ddTHH:mm:ssZ}, at least 5 minutes ahead; an empty string runs it now.
   */
  public abstract String notBefore();

  @Value.Check
  void check() {
    Validate.notBlank("event_id", eventId());
  }
}
