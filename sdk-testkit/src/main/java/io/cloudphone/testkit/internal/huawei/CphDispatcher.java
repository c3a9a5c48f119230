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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import mockwebserver3.RecordedRequest;

/**
 * A fake CPH behind MockWebServer: routes {@code /v1/{project_id}/cloud-phone/...} to its operations and
 * {@code /v3/...} to IAM, checks credentials like the API gateway, injects the fault plan's faults and answers
 * errors as {@code {error_code, error_msg, request_id}}.
 */
public final class CphDispatcher extends FakeDispatcher {
  private static final String UNKNOWN = "Unknown";
  private static final String CREATE_TOKEN = "KeystoneCreateUserTokenByPassword";
  private static final String LIST_PROJECTS = "KeystoneListProjects";

  private final CphAccount account;
  private final CphState state;
  private final CphOperations operations;
  private final CphAuth auth;
  private final AtomicLong requests = new AtomicLong();

  /** A fake serving {@code account}, seeded from {@code fleet} at the current fake time. */
  public CphDispatcher(CphAccount account, Fleet fleet, FakeTime time, RecordingRequestLog log,
      Supplier<FaultInjector> faults) {
    super(log, time, faults);
    this.account = account;
    this.state = new CphState(fleet, time.now());
    this.operations = new CphOperations(state);
    this.auth = new CphAuth(account);
  }

  /** Server ids in fleet order. */
  public List<String> serverIds() {
    synchronized (state) {
      return List.copyOf(state.servers.keySet());
    }
  }

  /** Phone ids in fleet order. */
  public List<String> phoneIds() {
    synchronized (state) {
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

  @Override
  protected FakeAnswer answer(RecordedRequest request, java.time.Instant now) {
    String requestId = FakeIds.hex32("cph-request", account.projectId(), requests.incrementAndGet());
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    String[] route = route(request.getMethod(), request.getUrl().encodedPath(), body);
    String operation = route[0];
    try {
      if (operation.equals(UNKNOWN)) {
        throw CphError.noSuchApi();
      }
      CphRequest parsed = new CphRequest(operation, route[1], request.getUrl(), body, now, requestId);
      if (operation.equals(CREATE_TOKEN)) {
        Map.Entry<String, ObjectNode> token = auth.issueToken(parsed.body(), now);
        return new FakeAnswer(operation, 201, token.getValue().toString(), Map.of("X-Subject-Token", token.getKey()),
            Optional.empty(), Optional.empty(), Optional.empty());
      }
      auth.check(request, body, now);
      if (operation.equals(LIST_PROJECTS)) {
        return FakeAnswer.ok(operation, auth.listProjects(parsed.query("name")).toString(), requestId);
      }
      if (!account.projectId().equals(route[2])) {
        throw CphError.badRequest("CPS.0046", "Parameter: project_id is invalid.");
      }
      Optional<Fault> fault = faults().requestFault(operation, request.getRequestLine() + " "
          + new String(body, java.nio.charset.StandardCharsets.UTF_8));
      if (fault.isPresent()) {
        return injected(operation, fault.get(), requestId);
      }
      CphOperations.Outcome outcome;
      synchronized (state) {
        state.settle(now);
        outcome = serve(parsed);
      }
      FakeAnswer answer = new FakeAnswer(operation, outcome.status(), outcome.body().toString(), Map.of(),
          Optional.empty(), Optional.of(requestId), Optional.empty());
      return outcome.failingPhone() ? answer.withFault(Fault.FAILING_PHONE) : answer;
    } catch (CphError error) {
      return error(operation, error, requestId);
    }
  }

  @Override
  protected FakeAnswer internalError(RecordedRequest request, RuntimeException failure) {
    return error(UNKNOWN, CphError.internal(), FakeIds.hex32("cph-request", account.projectId(), "failed",
        requests.incrementAndGet()));
  }

  private CphOperations.Outcome serve(CphRequest request) {
    return switch (request.operation) {
      case "ListCloudPhones" -> operations.listCloudPhones(request);
      case "ShowCloudPhoneDetail" -> operations.showCloudPhoneDetail(request);
      case "UpdatePhoneName" -> operations.updatePhoneName(request);
      case "RestartCloudPhone" -> operations.phoneLifecycle(request, CphJob.Kind.RESTART, faults());
      case "ResetCloudPhone" -> operations.phoneLifecycle(request, CphJob.Kind.RESET, faults());
      case "StopCloudPhone" -> operations.stopCloudPhone(request, faults());
      case "ListCloudPhoneServers" -> operations.listCloudPhoneServers(request);
      case "ShowCloudPhoneServerDetail" -> operations.showCloudPhoneServerDetail(request);
      case "RestartCloudPhoneServer" -> operations.restartCloudPhoneServer(request);
      case "PushFile", "InstallApk", "UninstallApk", "RunShellCommand" ->
          operations.command(request, request.text("command"), faults());
      case "RunSyncCommand" -> operations.runSyncCommand(request, faults());
      case "ListJobs" -> operations.listJobs(request);
      case "ShowJob" -> operations.showJob(request);
      case "RunCommand" -> throw CphError.badRequest("CPS.0117", "Parameter: command is invalid.");
      default -> throw CphError.noSuchApi();
    };
  }

  /**
   * The operation a request names, the id in its path (or null) and the project id in its path (or null).
   * The {@code /phones/commands} operations share one path and differ by the body's {@code command}.
   */
  private static String[] route(String method, String path, byte[] body) {
    if (path.equals("/v3/auth/tokens") && method.equals("POST")) {
      return new String[] {CREATE_TOKEN, null, null};
    }
    if (path.equals("/v3/projects") && method.equals("GET")) {
      return new String[] {LIST_PROJECTS, null, null};
    }
    String[] parts = path.split("/");
    // "", "v1", project, "cloud-phone", collection, [id or action]
    if (parts.length < 5 || parts.length > 6 || !parts[1].equals("v1") || !parts[3].equals("cloud-phone")) {
      return new String[] {UNKNOWN, null, null};
    }
    String project = parts[2];
    String collection = parts[4];
    String sub = parts.length == 6 ? parts[5] : null;
    String operation = switch (method + " " + collection + (sub == null ? "" : "/" + action(sub))) {
      case "GET phones" -> "ListCloudPhones";
      case "GET phones/{id}" -> "ShowCloudPhoneDetail";
      case "PUT phones/{id}" -> "UpdatePhoneName";
      case "POST phones/batch-restart" -> "RestartCloudPhone";
      case "POST phones/batch-reset" -> "ResetCloudPhone";
      case "POST phones/batch-stop" -> "StopCloudPhone";
      case "POST phones/commands" -> commandOperation(body);
      case "POST phones/sync-commands" -> "RunSyncCommand";
      case "GET servers" -> "ListCloudPhoneServers";
      case "GET servers/{id}" -> "ShowCloudPhoneServerDetail";
      case "POST servers/batch-restart" -> "RestartCloudPhoneServer";
      case "GET jobs" -> "ListJobs";
      case "GET jobs/{id}" -> "ShowJob";
      default -> UNKNOWN;
    };
    return new String[] {operation, sub, project};
  }

  private static String action(String segment) {
    return List.of("batch-restart", "batch-reset", "batch-stop", "commands", "sync-commands").contains(segment)
        ? segment : "{id}";
  }

  private static String commandOperation(byte[] body) {
    String command;
    try {
      command = CphJson.JSON.readTree(body).path("command").asText("");
    } catch (java.io.IOException | RuntimeException e) {
      command = "";
    }
    return switch (command) {
      case "push" -> "PushFile";
      case "install", "install-multiple" -> "InstallApk";
      case "uninstall" -> "UninstallApk";
      case "shell" -> "RunShellCommand";
      default -> "RunCommand"; // answered CPS.0117 below
    };
  }

  private FakeAnswer injected(String operation, Fault fault, String requestId) {
    return switch (fault) {
      case DROPPED_CONNECTION -> FakeAnswer.dropped(operation);
      case THROTTLED -> error(operation, CphError.throttled(), requestId).withFault(fault);
      default -> error(operation, CphError.internal(), requestId).withFault(fault);
    };
  }

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
