package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.GET;
import static io.cloudphone.core.internal.HttpMethod.POST;
import static io.cloudphone.core.internal.HttpMethod.PUT;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.AuthorizeScheduledEventRequest;
import io.cloudphone.huawei.model.AuthorizeScheduledEventResponse;
import io.cloudphone.huawei.model.ListScheduledEventsRequest;
import io.cloudphone.huawei.model.ListScheduledEventsResponse;
import io.cloudphone.huawei.model.UpdateScheduledEventRequest;
import io.cloudphone.huawei.model.UpdateScheduledEventResponse;

/**
 * Scheduled (planned maintenance) event operations, newer than the seed reference, declared as data. Huawei
 * publishes their pages only in the Chinese API reference so far, so each links the closest English page: the
 * details of a cloud phone server, whose maintenance these events schedule.
 */
public final class ScheduledEventOperations {
  private ScheduledEventOperations() {}

  private static final String DOCS = "https://support.huaweicloud.com/intl/en-us/api-cph/";

  /** No English page yet (see the class comment). */
  private static final String CLOSEST_ENGLISH_PAGE = DOCS + "cph_api_0540.html";

  /** ListScheduledEvents: planned maintenance on the account's servers, filtered and marker-paged. */
  public static final Operation<ListScheduledEventsRequest, ListScheduledEventsResponse> LIST_SCHEDULED_EVENTS =
      Operation.builder("ListScheduledEvents", GET, "/v1/{project_id}/cloud-phone/scheduled-events",
              ListScheduledEventsRequest.class, ListScheduledEventsResponse.class)
          .query("limit", "marker", "event_id", "server_id", "publish_since", "publish_until", "state", "type")
          .docUrl(CLOSEST_ENGLISH_PAGE)
          .build();

  /** AuthorizeScheduledEvent: lets the platform run an event that awaits authorisation. */
  public static final Operation<AuthorizeScheduledEventRequest, AuthorizeScheduledEventResponse>
      AUTHORIZE_SCHEDULED_EVENT =
          Operation.builder("AuthorizeScheduledEvent", POST,
                  "/v1/{project_id}/cloud-phone/scheduled-events/{event_id}/authorize",
                  AuthorizeScheduledEventRequest.class, AuthorizeScheduledEventResponse.class)
              .docUrl(CLOSEST_ENGLISH_PAGE)
              .build();

  /** UpdateScheduledEvent: moves an event's planned start. */
  public static final Operation<UpdateScheduledEventRequest, UpdateScheduledEventResponse> UPDATE_SCHEDULED_EVENT =
      Operation.builder("UpdateScheduledEvent", PUT, "/v1/{project_id}/cloud-phone/scheduled-events/{event_id}",
              UpdateScheduledEventRequest.class, UpdateScheduledEventResponse.class)
          .docUrl(CLOSEST_ENGLISH_PAGE)
          .build();
}
