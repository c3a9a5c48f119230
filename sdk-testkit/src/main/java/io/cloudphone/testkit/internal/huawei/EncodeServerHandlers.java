package io.cloudphone.testkit.internal.huawei;

import static io.cloudphone.testkit.internal.huawei.CphRoutes.V1;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Encode servers (API reference §5.7), one per server in the fake: listing, and batch restart, during which an
 * encode server is restarting (status 3) until its job ends on the fake's clock.
 */
final class EncodeServerHandlers {
  private static final int MAX_IDS = 100;

  private final CphState state;

  EncodeServerHandlers(CphState state) {
    this.state = state;
  }

  void register(CphRoutes routes) {
    routes.add("ListEncodeServers", "GET", V1 + "/encode-servers", this::list)
        .add("RestartEncodeServer", "POST", V1 + "/encode-servers/batch-restart", this::restart);
  }

  private CphOutcome list(CphRequest request) {
    int status = request.intQuery("status", -1, 0, 1014, CphError.badRequest("CPS.0010",
        "Parameter: status is invalid."));
    int type = request.intQuery("type", -1, 0, 2, CphError.badRequest("CPS.0116", "Parameter: type is invalid."));
    Optional<String> server = request.query("server_id");
    Predicate<CphEncodeServer> keep = encode -> (status < 0 || encode.status == status) && (type < 0 || type == 1)
        && server.map(encode.serverId::equals).orElse(true);
    ObjectNode answer = CphOutcome.page(request, "encode_servers", state.encodeServers.values().stream()
        .filter(keep).map(encode -> CphJson.encodeServer(encode, state.servers.get(encode.serverId))).toList(), 100)
        .body();
    return CphOutcome.ok(answer);
  }

  private CphOutcome restart(CphRequest request) {
    List<String> ids = request.ids("encode_server_ids", MAX_IDS,
        CphError.badRequest("CPS.0122", "Parameter: Encode server id list is invalid."));
    ObjectNode answer = CphOutcome.submitted(request);
    ArrayNode jobs = answer.putArray("jobs");
    for (String id : ids) {
      ObjectNode item = jobs.addObject().put("encode_server_id", id);
      CphEncodeServer encode = state.encodeServers.get(id);
      if (!CphBatch.ID.matcher(id).matches()) {
        CphOutcome.itemError(item, CphError.badRequest("CPS.0121", "Parameter: Encode server id is invalid."));
      } else if (encode == null) {
        CphOutcome.itemError(item, CphError.badRequest("CPS.0123", "Encode server not found."));
      } else if (encode.status == CphEncodeServer.FROZEN) {
        CphOutcome.itemError(item, CphError.badRequest("CPS.0195",
            "Encode server is frozen, no permission to request resources."));
      } else if (encode.status != CphEncodeServer.RUNNING) {
        CphOutcome.itemError(item, CphError.badRequest("CPS.0208",
            "Encode server is not in running status, not allowed to request resources."));
      } else {
        encode.status = CphEncodeServer.RESTARTING;
        CphJob job = state.startTask(request.requestId, null, encode.serverId, request.now);
        state.at(job.end, () -> encode.status = CphEncodeServer.RUNNING);
        item.put("job_id", job.id);
      }
    }
    return CphOutcome.ok(answer);
  }
}
