package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** Maintenance the platform plans on a cloud phone server, possibly awaiting the owner's authorisation. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ScheduledEvent.Builder.class)
abstract class ScheduledEventDef {
  /** Event id, at most 36 bytes. */
  public abstract Optional<String> eventId();

  /** Server the event concerns. */
  public abstract Optional<String> serverId();

  /** Name of that server. */
  public abstract Optional<String> serverName();

  /** Flavor of that server. */
  public abstract Optional<String> serverModelName();

  /**
   * Server status: 0, 1, 3, 4 creating, 2 abnormal, 5 normal, 8 frozen, 10 stopped, 11 stopping, 12 stop failed,
   * 13 starting.
   */
  public abstract Optional<Integer> serverState();

  /** Event type: {@code localdisk-recovery} or {@code system-maintenance}. */
  public abstract Optional<String> type();

  /** Authorisation given: {@code maintenance} or {@code redeploy}. */
  public abstract Optional<String> authorizationType();

  /**
   * State: {@code inquiring} (awaiting authorisation), {@code scheduled}, {@code executing}, {@code completed},
   * {@code failed} or {@code canceled}.
   */
  public abstract Optional<String> state();

  /** When the event was published. */
  public abstract Optional<Instant> publishTime();

  /** When execution started. */
  public abstract Optional<Instant> startTime();

  /** When execution finished. */
  public abstract Optional<Instant> finishTime();

  /** Planned start of execution. */
  public abstract Optional<Instant> notBefore();

  /** Planned end of execution. */
  public abstract Optional<Instant> notAfter();

  /** Latest time the planned start may be moved to. */
  public abstract Optional<Instant> notBeforeDeadline();

  /** Description of the event. */
  public abstract Optional<String> description();
}
