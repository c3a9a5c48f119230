package io.cloudphone.testkit.internal.huawei;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.testkit.internal.FakeShell;
import io.cloudphone.testkit.internal.FaultInjector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The CPS operations a fake CPH serves, each checking what the service checks and answering in its JSON shape.
 * Called with the state's lock held, after the state has settled.
 */
final class CphOperations {
  /** What an operation answered, and whether the fault plan's failing phones were involved. */
  record Outcome(int status, ObjectNode body, boolean failingPhone) {}

  private static final Set<Integer> PHONE_STATUSES = Set.of(1, 2, 3, 4, 6, 7, 8, -5, -6, -7, -8, -9);
  private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
  private static final Pattern PHONE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,60}");
  private static final Pattern CONTENT = Pattern.compile("[A-Za-z0-9_./: -]+");
  private static final int MAX_CONTENT_BYTES = 1024;
  private static final int MAX_SERVER_IDS = 100;
  private static final int MAX_REQUEST_IDS = 20;

  private final CphState state;

  CphOperations(CphState state) {
    this.state = state;
  }

  Outcome listCloudPhones(CphRequest request) {
    int offset = request.intQuery("offset", 0, 0, Integer.MAX_VALUE, CphError.offsetOrLimit());
    int limit = request.intQuery("limit", 100, 1, 100, CphError.offsetOrLimit());
    int status = request.intQuery("status", Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE,
        CphError.badRequest("CPS.0010", "Parameter: status is invalid."));
    if (status != Integer.MIN_VALUE && !PHONE_STATUSES.contains(status)) {
      throw CphError.badRequest("CPS.0010", "Parameter: status is invalid.");
    }
    int type = request.intQuery("type", 0, 0, 1, CphError.badRequest("CPS.0002", "Parameter: type is invalid."));
    Optional<String> name = request.query("phone_name");
    Optional<String> server = request.query("server_id");
    Predicate<CphPhone> keep = phone -> (status == Integer.MIN_VALUE || phone.status == status)
        && name.map(phone.name::contains).orElse(true) && server.map(phone.serverId::equals).orElse(true)
        && type == 0;
    List<ObjectNode> matching = state.phones.values().stream().filter(keep).map(CphJson::phone).toList();
    return ok(page(request, "phones", matching, offset, limit));
  }

  Outcome showCloudPhoneDetail(CphRequest request) {
    CphPhone phone = state.phone(request.pathId).orElseThrow(CphOperations::phoneNotFound);
    return ok(CphJson.phoneDetail(phone, request.requestId));
  }

  Outcome updatePhoneName(CphRequest request) {
    CphPhone phone = state.phone(request.pathId).orElseThrow(CphOperations::phoneNotFound);
    String name = request.text("phone_name");
    if (!PHONE_NAME.matcher(name).matches()) {
      throw CphError.badRequest("CPS.0025", "Parameter: phone_name is invalid.");
    }
    phone.name = name;
    phone.updateTime = request.now;
    return ok(CphJson.JSON.createObjectNode().put("request_id", request.requestId));
  }

  Outcome listCloudPhoneServers(CphRequest request) {
    int offset = request.intQuery("offset", 0, 0, Integer.MAX_VALUE, CphError.offsetOrLimit());
    int limit = request.intQuery("limit", 100, 1, 100, CphError.offsetOrLimit());
    int status = request.intQuery("status", Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE,
        CphError.badRequest("CPS.0010", "Parameter: status is invalid."));
    Optional<String> name = request.query("server_name");
    Optional<String> id = request.query("server_id");
    Optional<String> network = request.query("network_version");
    if (network.isPresent() && !Set.of("v1", "v2").contains(network.get())) {
      throw CphError.badRequest("CPS.0114", "Parameter: network_version is invalid.");
    }
    Predicate<CphServer> keep = server -> (status == Integer.MIN_VALUE || server.status == status)
        && name.map(server.name::contains).orElse(true) && id.map(server.id::equals).orElse(true)
        && network.map("v2"::equals).orElse(true);
    List<ObjectNode> matching = state.servers.values().stream().filter(keep).map(CphJson::server).toList();
    return ok(page(request, "servers", matching, offset, limit));
  }

  Outcome showCloudPhoneServerDetail(CphRequest request) {
    CphServer server = state.server(request.pathId)
        .orElseThrow(() -> CphError.badRequest("CPS.0015", "server_id not found."));
    return ok(CphJson.serverDetail(server, request.requestId));
  }

  /** RestartCloudPhone and ResetCloudPhone: {@code {"phones": [{"phone_id": ...}], "image_id"?}}. */
  Outcome phoneLifecycle(CphRequest request, CphJob.Kind kind, FaultInjector faults) {
    List<String> ids = new ArrayList<>();
    request.body().path("phones").forEach(item -> ids.add(item.path("phone_id").asText("")));
    if (kind == CphJob.Kind.RESET && !request.text("image_id").isEmpty()
        && !request.text("image_id").equals(CphJson.IMAGE_ID)) {
      throw CphError.badRequest("CPS.0030", "Parameter: image_id is invalid.");
    }
    return lifecycle(request, kind, ids, faults);
  }

  /** StopCloudPhone: {@code {"phone_ids": [...]}}. */
  Outcome stopCloudPhone(CphRequest request, FaultInjector faults) {
    return lifecycle(request, CphJob.Kind.STOP, request.strings("phone_ids"), faults);
  }

  private Outcome lifecycle(CphRequest request, CphJob.Kind kind, List<String> ids, FaultInjector faults) {
    if (ids.isEmpty()) {
      throw CphError.badRequest("CPS.0009", "Parameter: phone_id list is empty.");
    }
    return forEachPhone(request, jobs -> ids, false, faults, (item, phone, failing) -> item.put("job_id",
        state.startJob(request.requestId, kind, phone.id, phone.serverId, request.now, failing, null,
            "CPS.0054", "Handle job timeout.").id));
  }

  /** RestartCloudPhoneServer: {@code {"server_ids": [...]}}, 1 to 100 servers. */
  Outcome restartCloudPhoneServer(CphRequest request) {
    List<String> ids = request.strings("server_ids");
    if (ids.isEmpty()) {
      throw CphError.badRequest("CPS.0095", "Parameter: server_ids is empty.");
    }
    if (ids.size() > MAX_SERVER_IDS) {
      throw CphError.badRequest("CPS.0096", "The number of servers exceeds the limit.");
    }
    ObjectNode answer = submitted(request);
    ArrayNode jobs = answer.putArray("jobs");
    for (String id : ids) {
      ObjectNode item = jobs.addObject().put("server_id", id);
      if (!ID.matcher(id).matches()) {
        itemError(item, CphError.badRequest("CPS.0016", "server_id is invalid."));
      } else if (!state.servers.containsKey(id)) {
        itemError(item, CphError.badRequest("CPS.0015", "server_id not found."));
      } else {
        item.put("job_id", state.startJob(request.requestId, CphJob.Kind.SERVER_RESTART, null, id, request.now,
            false, null, "", "").id);
      }
    }
    return ok(answer);
  }

  /** The {@code /phones/commands} family: push, install, install-multiple, uninstall, shell. */
  Outcome command(CphRequest request, String command, FaultInjector faults) {
    String content = checkedContent(request, command);
    return forEachPhone(request, jobs -> targetIds(request, jobs), true, faults, (item, phone, failingPhone) -> {
      boolean fails = failingPhone;
      String output = null;
      if (command.equals("shell")) {
        FakeShell.Result result = FakeShell.run(content, phone.name, CphJson.PHONE_MODEL, request.now);
        fails |= !result.succeeded();
        output = fails && result.succeeded() ? "" : result.output();
      }
      item.put("job_id", state.startJob(request.requestId, CphJob.Kind.COMMAND, phone.id, phone.serverId,
          request.now, fails, output, "CPS.0191", "Run command failed.").id);
    });
  }

  /** RunSyncCommand: a shell command whose results come back at once, finished. */
  Outcome runSyncCommand(CphRequest request, FaultInjector faults) {
    if (!"shell".equals(request.text("command"))) {
      throw CphError.badRequest("CPS.0117", "Parameter: command is invalid.");
    }
    String content = checkedContent(request, "shell");
    return forEachPhone(request, jobs -> targetIds(request, jobs), true, faults, (item, phone, failingPhone) -> {
      FakeShell.Result result = FakeShell.run(content, phone.name, CphJson.PHONE_MODEL, request.now);
      CphJob job = state.finishedJob(request.requestId, phone.id, phone.serverId, request.now,
          failingPhone || !result.succeeded(), failingPhone ? "" : result.output(), "CPS.0191",
          "Run command failed.");
      item.setAll(CphJson.job(job, request.now));
      item.remove(List.of("server_id", "node_id", "begin_time", "end_time"));
    });
  }

  /** Fills one answer item for a phone the batch names and the fake accepted. */
  @FunctionalInterface
  private interface PhoneStep {
    void accept(ObjectNode item, CphPhone phone, boolean failingPhone);
  }

  /**
   * Answers a per-phone batch: one item per target (refused ones carry their error), {@code step} for the
   * others, and whether the fault plan's failing phones were among them; {@code mustRun} refuses stopped phones.
   */
  private Outcome forEachPhone(CphRequest request, Function<ArrayNode, List<String>> targets, boolean mustRun,
      FaultInjector faults, PhoneStep step) {
    ObjectNode answer = submitted(request);
    ArrayNode jobs = answer.putArray("jobs");
    boolean failing = false;
    for (String id : targets.apply(jobs)) {
      ObjectNode item = jobs.addObject().put("phone_id", id);
      Optional<CphError> refused = phoneRefusal(id, mustRun);
      if (refused.isPresent()) {
        itemError(item, refused.get());
        continue;
      }
      CphPhone phone = state.phones.get(id);
      boolean failingPhone = faults.failsPhone(phone.id, phone.name);
      failing |= failingPhone;
      step.accept(item, phone, failingPhone);
    }
    return new Outcome(200, answer, failing);
  }

  /** ListJobs: the jobs of one request ({@code request_id}) or of up to 20 ({@code request_ids}). */
  Outcome listJobs(CphRequest request) {
    List<String> requestIds = new ArrayList<>();
    request.query("request_id").ifPresent(requestIds::add);
    request.query("request_ids").ifPresent(many -> requestIds.addAll(List.of(many.split(","))));
    if (requestIds.isEmpty()) {
      throw CphError.badRequest("CPS.0049", "Parameter: request_id is empty.");
    }
    if (requestIds.size() > MAX_REQUEST_IDS) {
      throw CphError.badRequest("CPS.0161", "Parameter: the number of request IDs has exceeded the limit.");
    }
    int offset = request.intQuery("offset", 0, 0, Integer.MAX_VALUE, CphError.offsetOrLimit());
    int limit = request.intQuery("limit", 100, 1, 100, CphError.offsetOrLimit());
    List<ObjectNode> found = new ArrayList<>();
    for (String requestId : requestIds) {
      state.jobsByRequest.getOrDefault(requestId.trim(), List.of())
          .forEach(job -> found.add(CphJson.job(job, request.now)));
    }
    if (found.isEmpty()) {
      throw CphError.badRequest("CPS.0050", "Jobs related to this requestId is not found.");
    }
    ObjectNode answer = CphJson.JSON.createObjectNode().put("request_id", request.requestId);
    answer.put("count", found.size());
    answer.putArray("jobs").addAll(found.subList(Math.min(offset, found.size()),
        Math.min(found.size(), offset + limit)));
    return ok(answer);
  }

  Outcome showJob(CphRequest request) {
    CphJob job = state.jobs.get(request.pathId);
    if (job == null) {
      throw CphError.badRequest("CPS.0011", "Job not found.");
    }
    ObjectNode answer = CphJson.job(job, request.now).put("request_id", request.requestId);
    if (!answer.has("end_time")) {
      answer.putNull("end_time").putNull("error_code").putNull("error_msg").putNull("execute_msg");
    }
    return ok(answer);
  }

  private String checkedContent(CphRequest request, String command) {
    String content = request.text("content");
    if (content.isBlank() || content.getBytes(StandardCharsets.UTF_8).length > MAX_CONTENT_BYTES
        || !CONTENT.matcher(content).matches()) {
      throw CphError.badRequest("CPS.0118", "Parameter: content is invalid.");
    }
    boolean fits = switch (command) {
      case "push" -> content.matches("obs://\\S+\\.tar");
      case "install", "install-multiple" -> content.matches("(-[a-z] )*obs://\\S+\\.apk( obs://\\S+\\.apk)*");
      case "uninstall" -> content.matches("(-k )?[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");
      default -> true;
    };
    if (!fits) {
      throw CphError.badRequest("CPS.0118", "Parameter: content is invalid.");
    }
    return content;
  }

  /**
   * The phones a command runs on: {@code phone_ids}, else every phone of {@code server_ids} (unknown servers
   * get their own error item).
   */
  private List<String> targetIds(CphRequest request, ArrayNode jobs) {
    List<String> phoneIds = request.strings("phone_ids");
    if (!phoneIds.isEmpty()) {
      return phoneIds;
    }
    List<String> serverIds = request.strings("server_ids");
    if (serverIds.isEmpty()) {
      throw CphError.badRequest("CPS.0081", "Parameter: phone_ids and server_ids are both empty.");
    }
    List<String> ids = new ArrayList<>();
    for (String serverId : serverIds) {
      if (!state.servers.containsKey(serverId)) {
        itemError(jobs.addObject().put("server_id", serverId),
            CphError.badRequest("CPS.0015", "server_id not found."));
      } else {
        state.phonesOn(serverId).forEach(phone -> ids.add(phone.id));
      }
    }
    return ids;
  }

  /** Why a batch item naming {@code id} is refused, if it is. */
  private Optional<CphError> phoneRefusal(String id, boolean mustRun) {
    if (!ID.matcher(id).matches()) {
      return Optional.of(CphError.badRequest("CPS.0004", "Parameter: phone_id is invalid."));
    }
    CphPhone phone = state.phones.get(id);
    if (phone == null) {
      return Optional.of(phoneNotFound());
    }
    if (phone.status == 6) {
      return Optional.of(CphError.badRequest("CPS.0053", "No permission to request resources. Phone is frozen."));
    }
    if (mustRun && phone.status != 2) {
      return Optional.of(CphError.badRequest("CPS.0141", "Phone is not in running status."));
    }
    return Optional.empty();
  }

  private static CphError phoneNotFound() {
    return CphError.badRequest("CPS.0005", "Phone is not found.");
  }

  private static void itemError(ObjectNode item, CphError error) {
    item.put("error_code", error.code).put("error_msg", error.getMessage());
  }

  private static ObjectNode submitted(CphRequest request) {
    return CphJson.JSON.createObjectNode().put("request_id", request.requestId);
  }

  private static ObjectNode page(CphRequest request, String field, List<ObjectNode> all, int offset, int limit) {
    ObjectNode answer = CphJson.JSON.createObjectNode().put("request_id", request.requestId).put("count", all.size());
    answer.putArray(field).addAll(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)));
    return answer;
  }

  private static Outcome ok(ObjectNode body) {
    return new Outcome(200, body, false);
  }
}
