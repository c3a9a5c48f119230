package io.cloudphone.core.internal;

import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a bulk journal says about an operation: its header, and for each id the last thing known of it.
 *
 * @param kind the plan's kind, e.g. {@code restart}
 * @param name the operation's name
 * @param params the operation's inputs besides the ids
 * @param ids the distinct ids in input order
 * @param repeatable whether a request may safely be sent twice for the same id
 * @param states for each id that got further than "never sent", how far
 * @param validLength bytes of the file up to the end of its last complete line (a torn tail is cut off there)
 */
public record JournalRecord(String kind, String name, Map<String, String> params, List<String> ids,
    boolean repeatable, Map<String, IdState> states, long validLength) {
  /** Copies the inputs. */
  public JournalRecord {
    params = Map.copyOf(params);
    ids = List.copyOf(ids);
    states = new LinkedHashMap<>(states);
  }

  /**
   * How far one id got: sent without an answer, answered (in progress or already final).
   *
   * @param sent whether a request for it was journaled as about to be sent
   * @param last the last result journaled for it, if any
   * @param sentAt when its last request was journaled, if the line says (a hand-written journal may not)
   */
  public record IdState(boolean sent, Optional<ItemResult> last, Optional<Instant> sentAt) {
    /** A state without the time of its request. */
    public IdState(boolean sent, Optional<ItemResult> last) {
      this(sent, last, Optional.empty());
    }

    /** Whether a request was sent and nothing about its answer was journaled (the crash came first). */
    public boolean unanswered() {
      return sent && last.isEmpty();
    }

    /** Whether the journal holds its final outcome. */
    public boolean finished() {
      return last.map(result -> result.outcome() == ItemOutcome.SUCCEEDED
          || result.outcome() == ItemOutcome.FAILED).orElse(false);
    }

    /** Whether the provider accepted it and it was still running (a job or task id, or a state to wait for). */
    public boolean accepted() {
      return last.map(result -> result.outcome() == ItemOutcome.IN_PROGRESS).orElse(false);
    }
  }
}
