package io.cloudphone.testkit.internal;

import io.cloudphone.testkit.Fault;
import io.cloudphone.testkit.FakeTime;
import io.cloudphone.testkit.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * The part every fake's dispatcher shares: it asks the fake for an answer, adds the fault plan's latency,
 * drops the connection when told to, and logs each request with its operation, status, error code and fault,
 * and its query, headers and body with every signature, token and password redacted.
 *
 * <p>How a provider's dispatcher uses the shared fault infrastructure (the Huawei one, {@code CphDispatcher},
 * is the reference):
 * <ol>
 *   <li>route the request to its operation name (the name the request log and
 *       {@link io.cloudphone.testkit.FaultPlan} use) and check its credentials;
 *   <li>ask {@code faults().requestFault(operation, target, now)}, where {@code target} is the request's own
 *       content (path, query, body; without signature or timestamps, so a retry draws afresh but the same
 *       request draws the same way) and {@code now} the fake's time: this applies the operation's rate limit,
 *       then its {@link io.cloudphone.testkit.OperationFaults} (including failing ids found in {@code target}),
 *       else the fleet-wide rates;
 *   <li>turn the {@link Fault} into the provider's own answer: {@code RATE_LIMITED} and {@code THROTTLED} into
 *       its throttling error (Huawei 429 {@code CPS.0042} / {@code APIGW.0308}, Alibaba 400
 *       {@code Throttling.User}), {@code SERVER_ERROR} into its internal error, {@code DROPPED_CONNECTION} into
 *       {@link FakeAnswer#dropped(String)}, each marked with {@link FakeAnswer#withFault(Fault)};
 *   <li>otherwise serve the request; latency (fixed or drawn per operation) is added here, after the answer.
 * </ol>
 */
public abstract class FakeDispatcher extends Dispatcher {
  private final RecordingRequestLog log;
  private final FakeTime time;
  private final Supplier<FaultInjector> faults;

  /**
   * A dispatcher writing to {@code log}, dating requests on {@code time}.
   *
   * @param faults the current fault injector (a fake may swap its plan at run time)
   */
  protected FakeDispatcher(RecordingRequestLog log, FakeTime time, Supplier<FaultInjector> faults) {
    this.log = log;
    this.time = time;
    this.faults = faults;
  }

  /** The fake's answer to one request, received at {@code now} on the fake's clock. */
  protected abstract FakeAnswer answer(RecordedRequest request, Instant now);

  /**
   * The phones {@code request} targets, read from the wire as the provider's operations name them; empty when it
   * names none. Only for the request log: a request the fake cannot parse names none.
   */
  protected List<String> phoneIds(RecordedRequest request) {
    return List.of();
  }

  /** The answer to a request whose handling threw: the provider's internal error. */
  protected abstract FakeAnswer internalError(RecordedRequest request, RuntimeException failure);

  @Override
  public final MockResponse dispatch(RecordedRequest request) {
    Instant now = time.now();
    FakeAnswer answer;
    try {
      answer = answer(request, now);
    } catch (RuntimeException e) {
      answer = internalError(request, e);
    }
    Duration latency = faults.get().latency(answer.operation());
    if (!latency.isZero() && answer.fault().isEmpty()) {
      answer = answer.withFault(Fault.LATENCY);
    }
    String path = request.getUrl().encodedPath();
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    log.add(new LoggedRequest(answer.operation(), request.getMethod(), path, answer.status(), answer.fault(),
        answer.errorCode(), answer.requestId(), now, LogRedaction.query(request.getUrl()),
        LogRedaction.headers(request.getHeaders()), LogRedaction.body(request.getHeaders().get("Content-Type"),
            body), targets(request)));
    return response(answer, latency);
  }

  private List<String> targets(RecordedRequest request) {
    try {
      return phoneIds(request);
    } catch (RuntimeException unparsable) {
      return List.of();
    }
  }

  private static MockResponse response(FakeAnswer answer, Duration latency) {
    MockResponse.Builder response = new MockResponse.Builder();
    if (!latency.isZero()) {
      response.headersDelay(latency.toNanos(), TimeUnit.NANOSECONDS);
    }
    if (answer.status() == 0) {
      return response.onResponseStart(new SocketEffect.CloseSocket()).build();
    }
    response.code(answer.status()).setHeader("Content-Type", "application/json;charset=UTF-8");
    answer.headers().forEach(response::setHeader);
    answer.requestId().ifPresent(id -> response.setHeader("X-Request-Id", id));
    return response.body(answer.body()).build();
  }

  /** The fault injector in force. */
  protected final FaultInjector faults() {
    return faults.get();
  }

  /** The fake's time. */
  protected final FakeTime time() {
    return time;
  }
}
