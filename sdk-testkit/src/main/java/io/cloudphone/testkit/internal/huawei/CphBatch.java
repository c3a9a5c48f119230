package io.cloudphone.testkit.internal.huawei;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.testkit.internal.FaultInjector;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Batch answers shared by the resource families: one item per phone or server a request names, refused items
 * carrying their own {@code error_code}/{@code error_msg} (as CPS answers batches with HTTP 200), accepted ones
 * filled by the caller. Also the fake's lookups that answer CPS's not-found errors.
 */
final class CphBatch {
  static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

  /** Fills one answer item for a phone the batch names and the fake accepted. */
  @FunctionalInterface
  interface PhoneStep {
    void accept(ObjectNode item, CphPhone phone, boolean failingPhone);
  }

  /** Fills one answer item for a server the batch names and the fake accepted. */
  @FunctionalInterface
  interface ServerStep {
    void accept(ObjectNode item, CphServer server);
  }

  private final CphState state;
  private final Supplier<FaultInjector> faults;

  CphBatch(CphState state, Supplier<FaultInjector> faults) {
    this.state = state;
    this.faults = faults;
  }

  /**
   * Answers a per-phone batch under {@code jobs}: one item per target (refused ones carry their error),
   * {@code step} for the others, and whether the fault plan's failing phones were among them; {@code mustRun}
   * refuses phones that are not running.
   */
  CphOutcome phones(CphRequest request, Function<ArrayNode, List<String>> targets, boolean mustRun,
      PhoneStep step) {
    ObjectNode answer = CphOutcome.submitted(request);
    ArrayNode jobs = answer.putArray("jobs");
    boolean failing = false;
    for (String id : targets.apply(jobs)) {
      ObjectNode item = jobs.addObject().put("phone_id", id);
      Optional<CphError> refused = phoneRefusal(id, mustRun);
      if (refused.isPresent()) {
        CphOutcome.itemError(item, refused.get());
        continue;
      }
      CphPhone phone = state.phones.get(id);
      boolean failingPhone = faults.get().failsPhone(phone.id, phone.name);
      failing |= failingPhone;
      step.accept(item, phone, failingPhone);
    }
    return new CphOutcome(200, answer, failing);
  }

  /** Answers a per-server batch under {@code jobs}: unknown or malformed servers get their own error item. */
  CphOutcome servers(CphRequest request, List<String> ids, ServerStep step) {
    ObjectNode answer = CphOutcome.submitted(request);
    ArrayNode jobs = answer.putArray("jobs");
    for (String id : ids) {
      ObjectNode item = jobs.addObject().put("server_id", id);
      if (!ID.matcher(id).matches()) {
        CphOutcome.itemError(item, CphError.badRequest("CPS.0016", "server_id is invalid."));
      } else if (!state.servers.containsKey(id)) {
        CphOutcome.itemError(item, serverNotFound());
      } else {
        step.accept(item, state.servers.get(id));
      }
    }
    return CphOutcome.ok(answer);
  }

  /** A per-server batch whose accepted items each start a server-side task (a job leaving phones alone). */
  CphOutcome serverTasks(CphRequest request, List<String> ids, ServerStep change) {
    return servers(request, ids, (item, server) -> {
      change.accept(item, server);
      item.put("job_id", state.startTask(request.requestId, null, server.id, request.now).id);
    });
  }

  /** Why a batch item naming phone {@code id} is refused, if it is. */
  Optional<CphError> phoneRefusal(String id, boolean mustRun) {
    if (!ID.matcher(id).matches()) {
      return Optional.of(CphError.badRequest("CPS.0004", "Invalid phone id."));
    }
    CphPhone phone = state.phones.get(id);
    if (phone == null) {
      return Optional.of(phoneNotFound());
    }
    if (phone.status == 6) {
      return Optional.of(CphError.badRequest("CPS.0053", "No permission to request resources. Phone is frozen."));
    }
    if (phone.status == 1) {
      return Optional.of(CphError.badRequest("CPS.0213", "Phone is creating."));
    }
    if (mustRun && phone.status != 2) {
      return Optional.of(CphError.badRequest("CPS.0141", "Phone is not in running status."));
    }
    return Optional.empty();
  }

  /** The phone {@code id}, or CPS's not-found error. */
  CphPhone phone(String id) {
    return state.phone(id).orElseThrow(CphBatch::phoneNotFound);
  }

  /** The server {@code id}, or CPS's not-found error. */
  CphServer server(String id) {
    return state.server(id).orElseThrow(CphBatch::serverNotFound);
  }

  static CphError phoneNotFound() {
    return CphError.badRequest("CPS.0005", "Phone is not found.");
  }

  static CphError serverNotFound() {
    return CphError.badRequest("CPS.0015", "server_id not found.");
  }
}
