package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code ListScheduledEvents}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListScheduledEventsRequest.Builder.class)
abstract class ListScheduledEventsRequestDef {
  /** Events per page, 1 to 100; the service defaults to 10. */
  public abstract Optional<Integer> limit();

  /** Marker from the previous page's {@code page_info.next_marker}; absent for the first page. */
  public abstract Optional<String> marker();

  /** Only this event. */
  public abstract Optional<String> eventId();

  /** Only events of this server. */
  public abstract Optional<String> serverId();

  /** Only events published at or after this time. */
  public abstract Optional<Instant> publishSince();

  /** Only events published at or before this time. */
  public abstract Optional<Instant> publishUntil();

  /**
   * Only events in these states: {@code inquiring}, {@code scheduled}, {@code executing}, {@code completed},
   * {@code failed}, {@code canceled}.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> state();

  /** Only events of these types: {@code localdisk-recovery}, {@code system-maintenance}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> type();

  @Value.Check
  void check() {
    Validate.range("limit", limit(), 1, 100);
  }
}
