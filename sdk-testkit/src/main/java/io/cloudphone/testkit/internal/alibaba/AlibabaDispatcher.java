package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.testkit.FakeTime;
import io.cloudphone.testkit.Fault;
import io.cloudphone.testkit.internal.FakeAnswer;
import io.cloudphone.testkit.internal.FakeDispatcher;
import io.cloudphone.testkit.internal.FaultInjector;
import io.cloudphone.testkit.internal.RecordingRequestLog;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import mockwebserver3.RecordedRequest;

/**
 * Answers eds-aic RPC calls ({@code POST /?Action=...}): the gateway's checks first (signature, timestamp
 * window, version, nonce), then the fault plan's request-level faults, then the action on the world, under the
 * world's lock. Any refusal is answered with Alibaba's error body and code.
 */
final class AlibabaDispatcher extends FakeDispatcher {
  /** Parameters every call carries; they do not tell one request apart from another for fault draws. */
  private static final Set<String> COMMON = Set.of("AccessKeyId", "Action", "Format", "SecurityToken",
      "Signature", "SignatureMethod", "SignatureNonce", "SignatureVersion", "Timestamp", "Version");

  private final AlibabaWorld world;
  private final AlibabaGate gate;
  private final String hostId;
  private final Map<String, Function<AlibabaExchange, ObjectNode>> actions;
  private final AtomicLong requests = new AtomicLong();

  AlibabaDispatcher(AlibabaWorld world, AlibabaGate gate, RecordingRequestLog log, FakeTime time,
      Supplier<FaultInjector> faults) {
    super(log, time, faults);
    this.world = world;
    this.gate = gate;
    this.hostId = "eds-aic." + world.regionId + ".aliyuncs.com";
    this.actions = AlibabaActions.table(world);
  }

  @Override
  protected FakeAnswer answer(RecordedRequest request, Instant now) {
    String requestId = nextRequestId();
    AlibabaRpcCall call = AlibabaRpcCall.of(request);
    String action = call.action().orElse("Unknown");
    if (!call.encodedPath.equals("/")) {
      return AlibabaJsonOut.error("Unknown", new AlibabaFault(404, "InvalidAction.NotFound", "eds-aic serves"
          + " RPC calls on / only, not " + call.encodedPath), requestId, hostId);
    }
    Optional<AlibabaFault> refused = gate.check(call, now);
    if (refused.isPresent()) {
      return AlibabaJsonOut.error(action, refused.get(), requestId, hostId);
    }
    Function<AlibabaExchange, ObjectNode> handler = actions.get(action);
    if (handler == null) {
      return AlibabaJsonOut.error("Unknown", new AlibabaFault(404, "InvalidAction.NotFound", "Specified api "
          + action + " is not found; the fake serves " + new TreeSet<>(actions.keySet())), requestId,
          hostId);
    }
    Optional<Fault> fault = faults().requestFault(action, target(call), now);
    if (fault.isPresent()) {
      return injected(action, fault.get(), requestId);
    }
    AlibabaExchange exchange = new AlibabaExchange(call, requestId, now);
    ObjectNode body;
    try {
      synchronized (world) {
        body = handler.apply(exchange);
      }
    } catch (AlibabaFault refusal) {
      return AlibabaJsonOut.error(action, refusal, requestId, hostId);
    }
    FakeAnswer answer = AlibabaJsonOut.ok(action, body, requestId);
    return exchange.touchedFailingPhone ? answer.withFault(Fault.FAILING_PHONE) : answer;
  }

  @Override
  protected List<String> phoneIds(RecordedRequest request) {
    return AlibabaPhoneTargets.of(request);
  }

  @Override
  protected FakeAnswer internalError(RecordedRequest request, RuntimeException failure) {
    String action = Optional.ofNullable(request.getHeaders().get("x-acs-action"))
        .or(() -> Optional.ofNullable(request.getUrl().queryParameter("Action"))).orElse("Unknown");
    return AlibabaJsonOut.error(action, new AlibabaFault(500, "InternalError", "The request processing has failed"
        + " due to some unknown error: " + failure), nextRequestId(), hostId);
  }

  private FakeAnswer injected(String action, Fault fault, String requestId) {
    return switch (fault) {
      case DROPPED_CONNECTION -> FakeAnswer.dropped(action);
      case THROTTLED, RATE_LIMITED -> AlibabaJsonOut.error(action, new AlibabaFault(400, "Throttling.User",
          "Request was denied due to user flow control."), requestId, hostId).withFault(fault);
      default -> AlibabaJsonOut.error(action, new AlibabaFault(500, "InternalError", "The request processing has"
          + " failed due to some unknown error, exception or failure."), requestId, hostId).withFault(fault);
    };
  }

  /** The call's own parameters, which stay the same when the SDK retries it. */
  private static String target(AlibabaRpcCall call) {
    TreeMap<String, String> own = new TreeMap<>(call.params);
    own.keySet().removeAll(COMMON);
    return own.toString();
  }

  /** Request ids shaped like Alibaba's (upper-case UUIDs), counted so that a run is reproducible. */
  private String nextRequestId() {
    return new UUID(0x5A1BABA000004000L, 0x8000000000000000L | requests.incrementAndGet()).toString()
        .toUpperCase(Locale.ROOT);
  }
}
