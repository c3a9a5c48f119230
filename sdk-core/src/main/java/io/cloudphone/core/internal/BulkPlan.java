package io.cloudphone.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Everything a provider decides about one bulk operation: what it is (a journal kind and its inputs, never
 * secrets), how it is split and paced, how a chunk is sent and how accepted items are followed.
 *
 * @param name what it does, e.g. {@code restart phones}
 * @param kind the journal's name for it, e.g. {@code restart}, mapped back to a plan on resume
 * @param params its inputs besides the ids (command text, app id, file source and target)
 * @param ids the ids, repeats allowed (each is reported once)
 * @param batchLimit the provider's documented limit of ids per request
 * @param defaultRate requests per second when the options set none
 * @param repeatable whether sending the same id twice is harmless (restart, start, stop); reset, install, push
 *     and commands are not, so a resumed run never repeats a request that may have reached the provider
 * @param submitter sends one chunk
 * @param poller learns how accepted items ended
 * @param inFlight on resume, looks for traces of requests sent before the crash without a recorded answer, before
 *     anything is sent again
 */
public record BulkPlan(String name, String kind, Map<String, String> params, Collection<String> ids,
    int batchLimit, double defaultRate, boolean repeatable, ChunkSubmitter submitter, CompletionPoller poller,
    InFlightCheck inFlight) {
  /** Copies the inputs so the plan cannot change under the operation. */
  public BulkPlan {
    params = Map.copyOf(params);
    ids = List.copyOf(ids);
    Validate.notNull("inFlight", inFlight);
  }

  /** A plan whose provider cannot look for traces of unanswered requests. */
  public BulkPlan(String name, String kind, Map<String, String> params, Collection<String> ids, int batchLimit,
      double defaultRate, boolean repeatable, ChunkSubmitter submitter, CompletionPoller poller) {
    this(name, kind, params, ids, batchLimit, defaultRate, repeatable, submitter, poller,
        InFlightCheck.none("the provider offers no way to look it up"));
  }
}
