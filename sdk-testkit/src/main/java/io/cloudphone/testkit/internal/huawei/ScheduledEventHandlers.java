package io.cloudphone.testkit.internal.huawei;

import static io.cloudphone.testkit.internal.huawei.CphRoutes.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scheduled events (planned maintenance of a server's host): listing with marker paging, authorizing one
 * ({@code inquiring} to {@code scheduled}, then {@code executing} at its start time and {@code completed} one job
 * duration later, on the fake's clock) and moving its start within its window.
 */
final class ScheduledEventHandlers {
  private static final Set<String> AUTHORIZATION_TYPES = Set.of("maintenance", "redeploy");

  private final CphState state;

  ScheduledEventHandlers(CphState state) {
    this.state = state;
  }

  void register(CphRoutes routes) {
    routes.add("ListScheduledEvents", "GET", V1 + "/scheduled-events", this::list)
        .add("AuthorizeScheduledEvent", "POST", V1 + "/scheduled-events/{event_id}/authorize", this::authorize)
        .add("UpdateScheduledEvent", "PUT", V1 + "/scheduled-events/{event_id}", this::update);
  }

  private CphOutcome list(CphRequest request) {
    Optional<String> id = request.query("event_id");
    Optional<String> server = request.query("server_id");
    List<String> states = values(request, "state");
    List<String> types = values(request, "type");
    Instant since = request.query("publish_since").map(ScheduledEventHandlers::time).orElse(Instant.MIN);
    Instant until = request.query("publish_until").map(ScheduledEventHandlers::time).orElse(Instant.MAX);
    Predicate<CphScheduledEvent> keep = event -> id.map(event.id::equals).orElse(true)
        && server.map(event.serverId::equals).orElse(true) && (states.isEmpty() || states.contains(event.state))
        && (types.isEmpty() || types.contains(event.type)) && !event.publishTime.isBefore(since)
        && !event.publishTime.isAfter(until);
    List<ObjectNode> events = state.events.values().stream().filter(keep)
        .map(event -> CphJson.event(event, state.servers.get(event.serverId))).toList();
    return CphOutcome.markerPage(request, "scheduled_events", events, "event_id", 100);
  }

  private CphOutcome authorize(CphRequest request) {
    CphScheduledEvent event = event(request);
    String type = request.text("authorization_type");
    if (!AUTHORIZATION_TYPES.contains(type)) {
      throw CphError.badRequest("CPS.0164", "Parameter: Invalid property authorization_type.");
    }
    if (!event.state.equals("inquiring")) {
      throw CphError.badRequest("CPS.0164", "Parameter: Invalid property state: the event is " + event.state
          + ", not inquiring.");
    }
    Instant notBefore = request.text("not_before").isEmpty() ? request.now : within(event, request);
    event.authorizationType = type;
    schedule(event, notBefore);
    return CphOutcome.done(request);
  }

  private CphOutcome update(CphRequest request) {
    CphScheduledEvent event = event(request);
    if (!Set.of("inquiring", "scheduled").contains(event.state)) {
      throw CphError.badRequest("CPS.0164", "Parameter: Invalid property state: the event is " + event.state
          + ".");
    }
    Instant notBefore = within(event, request);
    if (event.state.equals("scheduled")) {
      schedule(event, notBefore);
    } else {
      event.notBefore = notBefore;
    }
    return CphOutcome.done(request);
  }

  private void schedule(CphScheduledEvent event, Instant start) {
    event.state = "scheduled";
    event.notBefore = start;
    Instant finish = start.plus(state.jobDuration);
    state.at(start, () -> {
      if (event.notBefore.equals(start) && event.state.equals("scheduled")) {
        event.state = "executing";
        event.startTime = start;
      }
    });
    state.at(finish, () -> {
      if (event.notBefore.equals(start) && event.state.equals("executing")) {
        event.state = "completed";
        event.finishTime = finish;
      }
    });
  }

  /** The body's {@code not_before}: an ISO time between now and the event's {@code not_after}. */
  private static Instant within(CphScheduledEvent event, CphRequest request) {
    Instant notBefore = time(request.text("not_before"));
    if (notBefore.isBefore(request.now.minusSeconds(60)) || notBefore.isAfter(event.notAfter)) {
      throw CphError.badRequest("CPS.0174", "Parameter: time is invalid.");
    }
    return notBefore;
  }

  private CphScheduledEvent event(CphRequest request) {
    CphScheduledEvent event = state.events.get(request.path("event_id"));
    if (event == null) {
      throw CphError.badRequest("CPS.0017", "Event callback not found.");
    }
    return event;
  }

  private static List<String> values(CphRequest request, String name) {
    return request.url.queryParameterValues(name).stream().filter(v -> v != null && !v.isEmpty())
        .flatMap(v -> List.of(v.split(",")).stream()).toList();
  }

  private static Instant time(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException again) {
        throw CphError.badRequest("CPS.0174", "Parameter: time is invalid.");
      }
    }
  }
}
