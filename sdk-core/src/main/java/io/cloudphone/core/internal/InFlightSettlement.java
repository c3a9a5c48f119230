package io.cloudphone.core.internal;

import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On resume, settles the ids whose request was journaled as sent without an answer, through the plan's
 * {@link InFlightCheck}, before anything is sent again. What the provider shows is journaled (adopted items as an
 * answer, final ones as well) before the resumed run reports it; an id it shows no trace of is left to be sent
 * again when the plan is repeatable, and otherwise fails, journaled, without a request.
 */
final class InFlightSettlement {
  private static final Logger LOG = LoggerFactory.getLogger(InFlightSettlement.class);

  private final BulkPlan plan;
  private final BulkJournal journal;

  InFlightSettlement(BulkPlan plan, BulkJournal journal) {
    this.plan = plan;
    this.journal = journal;
  }

  /**
   * The results of the unanswered ids ({@code unanswered}: id to when its request was journaled) that are settled
   * without sending: adopted, already final, or failed as not safe to repeat. Ids missing from it are sent again.
   */
  CompletableFuture<Map<String, ItemResult>> settle(Map<String, Instant> unanswered) {
    if (unanswered.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    CompletableFuture<Map<String, ItemResult>> traces;
    try {
      traces = plan.inFlight().check(Collections.unmodifiableMap(new LinkedHashMap<>(unanswered))); // in journal order
    } catch (RuntimeException e) {
      traces = CompletableFuture.failedFuture(e);
    }
    return traces.handle((found, error) -> error == null ? settled(unanswered, found)
        : unchecked(unanswered, Futures.unwrap(error)));
  }

  private Map<String, ItemResult> settled(Map<String, Instant> unanswered, Map<String, ItemResult> found) {
    List<ItemResult> traced = new ArrayList<>();
    List<ItemResult> refused = new ArrayList<>();
    for (String id : unanswered.keySet()) {
      ItemResult trace = found.get(id);
      if (trace != null && trace.outcome() != ItemOutcome.NOT_ATTEMPTED) {
        traced.add(ItemResult.builder().from(trace).id(id).build());
      } else if (!plan.repeatable()) {
        refused.add(ItemResult.failed(id, null, "the request for this id was sent before the run stopped and no "
            + "answer was recorded; " + plan.inFlight().noTrace() + "; not sent again, because " + plan.name()
            + " is not safe to repeat and that request may still have reached the provider"));
      }
    }
    if (!traced.isEmpty()) {
      journal.answered(traced); // on disk before anyone hears of it; a later resume awaits these too
    }
    journal.finished(refused);
    Map<String, ItemResult> out = new LinkedHashMap<>();
    traced.forEach(item -> out.put(item.id(), item));
    refused.forEach(item -> out.put(item.id(), item));
    return out;
  }

  /**
   * The check itself failed (the provider could not be reached): repeatable ids are simply sent again; the others
   * fail in this run without being journaled as settled, so resuming the journal again checks them again.
   */
  private Map<String, ItemResult> unchecked(Map<String, Instant> unanswered, Throwable error) {
    LOG.debug("{}: could not check the requests sent before the run stopped: {}", plan.name(), error.toString());
    Map<String, ItemResult> out = new LinkedHashMap<>();
    if (plan.repeatable()) {
      return out;
    }
    for (String id : unanswered.keySet()) {
      out.put(id, ItemResult.failed(id, null, "the request for this id was sent before the run stopped and no "
          + "answer was recorded, and checking whether the provider got it failed (" + error.getMessage()
          + "); not sent again, because " + plan.name() + " is not safe to repeat; resume the journal again to "
          + "check again"));
    }
    return out;
  }

}
