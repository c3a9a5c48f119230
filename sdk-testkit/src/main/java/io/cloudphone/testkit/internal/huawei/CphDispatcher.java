package io.cloudphone.testkit.internal.huawei;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.testkit.Fault;
import io.cloudphone.testkit.FakeTime;
import io.cloudphone.testkit.Fleet;
import io.cloudphone.testkit.internal.FakeAnswer;
import io.cloudphone.testkit.internal.FakeDispatcher;
import io.cloudphone.testkit.internal.FakeIds;
import io.cloudphone.testkit.internal.FaultInjector;
import io.cloudphone.testkit.internal.RecordingRequestLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import mockwebserver3.RecordedRequest;

/**
 * A fake CPH behind MockWebServer. Each resource family registers its operations into one {@link CphRoutes}
 * table (the family classes {@code *Handlers} hold each family's behaviour); this dispatcher is the one place
 * that reads requests, checks credentials like the API gateway ({@code /v3/...} is IAM), applies the fault
 * plan (per-operation faults and rate limits included) and writes errors as
 * {@code {error_code, error_msg, request_id}}. A path no family registered answers the gateway's own
 * {@code APIGW.0101} (HTTP 404).
 */
public final class CphDispatcher extends FakeDispatcher {
  private static final String UNKNOWN = "Unknown";
  private static final String CREATE_TOKEN = "KeystoneCreateUserTokenByPassword";
  private static final String LIST_PROJECTS = "KeystoneListProjects";

  private final CphAccount account;
  private final CphState state;
  private final CphRoutes routes = new CphRoutes();
  private final CphAuth auth;
  private final AtomicLong requests = new AtomicLong();

  /** A fake serving {@code account}, seeded from {@code fleet} at the current fake time. */
  public CphDispatcher(CphAccount account, Fleet fleet, FakeTime time, RecordingRequestLog log,
      Supplier<FaultInjector> faults) {
    super(log, time, faults);
    this.account = account;
    this.state = new CphState(fleet, time.now());
    this.auth = new CphAuth(account);
    CphBatch batch = new CphBatch(state, faults);
    new PhoneHandlers(state, batch).register(routes);
    new CommandHandlers(state, batch).register(routes);
    new JobHandlers(state).register(routes);
    new ServerHandlers(state, batch).register(routes);
    new CatalogHandlers().register(routes);
    new ShareHandlers(state, batch).register(routes);
    new ImageHandlers(state, account.projectId()).register(routes);
    new TagHandlers(state, batch).register(routes);
    new BandwidthHandlers(state).register(routes);
    new EncodeServerHandlers(state).register(routes);
    new ScheduledEventHandlers(state).register(routes);
  }

  /** The operations the fake serves, by the names its request log uses. */
  public List<String> operations() {
    return routes.operations();
  }

  /** Server ids in creation order. */
  public List<String> serverIds() {
    synchronized (state) {
      state.settle(time().now());
      return List.copyOf(state.servers.keySet());
    }
  }

  /** Phone ids in creation order. */
  public List<String> phoneIds() {
    synchronized (state) {
      state.settle(time().now());
      return List.copyOf(state.phones.keySet());
    }
  }

  /** A phone's CPH status code now, if the phone exists. */
  public Optional<Integer> phoneStatus(String phoneId) {
    synchronized (state) {
      state.settle(time().now());
      return state.phone(phoneId).map(phone -> phone.status);
    }
  }

  /** Ids of the seeded and created custom images, private and shared, in creation order. */
  public List<String> imageIds() {
    synchronized (state) {
      return List.copyOf(state.images.keySet());
    }
  }

  /** Ids of the shared bandwidths. */
  public List<String> bandwidthIds() {
    synchronized (state) {
      return List.copyOf(state.bandwidths.keySet());
    }
  }

  /** Ids of the encode servers. */
  public List<String> encodeServerIds() {
    synchronized (state) {
      state.settle(time().now());
      return List.copyOf(state.encodeServers.keySet());
    }
  }

  /** Ids of the scheduled events. */
  public List<String> scheduledEventIds() {
    synchronized (state) {
      state.settle(time().now());
      return List.copyOf(state.events.keySet());
    }
  }

  /** Names of the key pairs the fake knows. */
  public List<String> keypairNames() {
    synchronized (state) {
      return List.copyOf(state.keypairs);
    }
  }

  /** Makes later orders complete at once, wait for payment, or fail (names of {@code CphState.Payment}). */
  public void orderPayment(String payment) {
    synchronized (state) {
      state.payment = CphState.Payment.valueOf(payment);
    }
  }

  /** Pays every order waiting for payment, which creates what they bought; answers their order ids. */
  public List<String> payPendingOrders() {
    synchronized (state) {
      Instant now = time().now();
      state.settle(now);
      List<String> paid = List.copyOf(state.pendingOrders.keySet());
      state.pendingOrders.values().forEach(order -> order.accept(now));
      state.pendingOrders.clear();
      return paid;
    }
  }

  @Override
  protected FakeAnswer answer(RecordedRequest request, Instant now) {
    String requestId = FakeIds.hex32("cph-request", account.projectId(), requests.incrementAndGet());
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    String method = request.getMethod();
    String path = request.getUrl().encodedPath();
    String operation = UNKNOWN;
    try {
      if (path.equals("/v3/auth/tokens") && method.equals("POST")) {
        operation = CREATE_TOKEN;
        Map.Entry<String, ObjectNode> token = auth.issueToken(CphRequest.parse(body), now);
        return new FakeAnswer(operation, 201, token.getValue().toString(), Map.of("X-Subject-Token", token.getKey()),
            Optional.empty(), Optional.empty(), Optional.empty());
      }
      if (path.equals("/v3/projects") && method.equals("GET")) {
        operation = LIST_PROJECTS;
        auth.check(request, body, now);
        return FakeAnswer.ok(operation, auth.listProjects(Optional.ofNullable(request.getUrl()
            .queryParameter("name")).filter(n -> !n.isEmpty())).toString(), requestId);
      }
      Optional<CphRoutes.Match> match = routes.match(method, path, () -> bodyOrEmpty(body));
      if (match.isEmpty()) {
        throw CphError.noSuchApi();
      }
      operation = match.get().operation();
      auth.check(request, body, now);
      if (!account.projectId().equals(match.get().pathParams().get("project_id"))) {
        throw CphError.badRequest("CPS.0046", "Parameter: project_id is invalid.");
      }
      Optional<Fault> fault = faults().requestFault(operation, request.getRequestLine() + " "
          + new String(body, java.nio.charset.StandardCharsets.UTF_8), now);
      if (fault.isPresent()) {
        return injected(operation, fault.get(), requestId, now);
      }
      CphRequest parsed = new CphRequest(operation, match.get().pathParams(), request.getUrl(), body, now,
          requestId);
      CphOutcome outcome;
      synchronized (state) {
        state.settle(now);
        outcome = match.get().handler().handle(parsed);
      }
      FakeAnswer answer = new FakeAnswer(operation, outcome.status(),
          outcome.status() == 204 ? "" : outcome.body().toString(), Map.of(), Optional.empty(),
          Optional.of(requestId), Optional.empty());
      return outcome.failingPhone() ? answer.withFault(Fault.FAILING_PHONE) : answer;
    } catch (CphError error) {
      return error(operation, error, requestId);
    }
  }

  @Override
  protected List<String> phoneIds(RecordedRequest request) {
    return CphPhoneTargets.of(request);
  }

  @Override
  protected FakeAnswer internalError(RecordedRequest request, RuntimeException failure) {
    return error(UNKNOWN, CphError.internal(), FakeIds.hex32("cph-request", account.projectId(), "failed",
        requests.incrementAndGet()));
  }

  /** The body as JSON for routing on a body field; a body that is not JSON routes as an empty one. */
  private static com.fasterxml.jackson.databind.JsonNode bodyOrEmpty(byte[] body) {
    try {
      return CphRequest.parse(body);
    } catch (CphError notJson) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
  }

  private FakeAnswer injected(String operation, Fault fault, String requestId, Instant now) {
    return switch (fault) {
      case DROPPED_CONNECTION -> FakeAnswer.dropped(operation);
      case THROTTLED -> error(operation, CphError.throttled(), requestId).withFault(fault);
      // Whole seconds until the limit lets a request through, so a retrying client waits just long enough.
      case RATE_LIMITED -> error(operation, CphError.systemBusy(), requestId).withFault(fault)
          .withHeader("Retry-After", Long.toString(Math.max(1, (faults().untilAllowed(operation, now).toMillis()
              + 999) / 1000)));
      default -> error(operation, CphError.internal(), requestId).withFault(fault);
    };
  }

  /** The one error writer: Keystone's {@code {"error": {...}}} for IAM, CPS's flat body for everything else. */
  private static FakeAnswer error(String operation, CphError error, String requestId) {
    if (operation.startsWith("Keystone")) {
      ObjectNode body = CphJson.JSON.createObjectNode();
      body.putObject("error").put("code", error.code).put("message", error.getMessage())
          .put("title", error.status == 401 ? "Unauthorized" : "Bad Request");
      return FakeAnswer.error(operation, error.status, body.toString(), error.code, null);
    }
    ObjectNode body = CphJson.JSON.createObjectNode().put("error_code", error.code)
        .put("error_msg", error.getMessage()).put("request_id", requestId);
    return FakeAnswer.error(operation, error.status, body.toString(), error.code, requestId);
  }
}
