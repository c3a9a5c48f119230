package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of scheduled maintenance events on the account's servers. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListScheduledEventsResponse.Builder.class)
abstract class ListScheduledEventsResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Total number of matching events. */
  public abstract Optional<Integer> count();

  /** The events on this page. */
  public abstract List<ScheduledEvent> scheduledEvents();

  /** Marker of the next page, absent on the last page. */
  public abstract Optional<MarkerPageInfo> pageInfo();
}
