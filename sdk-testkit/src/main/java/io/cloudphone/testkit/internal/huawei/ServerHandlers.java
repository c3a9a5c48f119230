package io.cloudphone.testkit.internal.huawei;

import static io.cloudphone.testkit.internal.huawei.CphRoutes.V1;
import static io.cloudphone.testkit.internal.huawei.CphRoutes.V2;
import static io.cloudphone.testkit.internal.huawei.CphRoutes.V2_1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Cloud phone servers (API reference §5.1): listing and detail, purchase on the system network
 * ({@code POST /v1/.../phones}), on a custom network ({@code /v2}) and single-server ({@code /v2.1}), rebuild with
 * another phone flavor, flavor change, deletion, restart, rename and key pair change. Purchases and flavor
 * changes are orders: paid at once unless the test set pending or failed payment; bought servers are listed at
 * once as creating (status 1) and run (status 5) one job duration later on the fake's clock.
 */
final class ServerHandlers {
  private static final Pattern SERVER_NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9_-]{1,60}");
  private static final Set<String> NETWORK_VERSIONS = Set.of("v1", "v2");
  private static final int MAX_SERVER_IDS = 100;
  private static final int RUNNING = 5;
  private static final String PRODUCT_ID = "00301-fake-0--0";

  private final CphState state;
  private final CphBatch batch;

  ServerHandlers(CphState state, CphBatch batch) {
    this.state = state;
    this.batch = batch;
  }

  void register(CphRoutes routes) {
    routes.add("ListCloudPhoneServers", "GET", V1 + "/servers", this::list)
        .add("ShowCloudPhoneServerDetail", "GET", V1 + "/servers/{server_id}", this::show)
        .add("UpdateServerName", "PUT", V1 + "/servers/{server_id}", this::rename)
        .add("RestartCloudPhoneServer", "POST", V1 + "/servers/batch-restart", this::restart)
        .add("CreateCloudPhoneServer", "POST", V1 + "/phones", r -> create(r, "v1"))
        .add("CreateNet2CloudPhoneServer", "POST", V2 + "/servers", r -> create(r, "v2"))
        .add("CreateCloudPhoneSingleServer", "POST", V2_1 + "/servers", this::createSingle)
        .add("ChangeCloudPhoneServer", "POST", V2 + "/servers/{server_id}/change", this::change)
        .add("ChangeCloudPhoneServerModel", "POST", V1 + "/servers/change-server-model", this::changeModel)
        .add("DeleteCloudPhoneServer", "DELETE", V2 + "/servers", this::delete)
        .add("UpdateKeypair", "PUT", V1 + "/servers/open-access", this::updateKeypair);
  }

  private CphOutcome list(CphRequest request) {
    int status = request.intQuery("status", Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE,
        CphError.badRequest("CPS.0010", "Parameter: status is invalid."));
    Optional<String> name = request.query("server_name");
    Optional<String> id = request.query("server_id");
    Optional<String> network = request.query("network_version");
    Optional<String> phoneModel = request.query("phone_model_name");
    if (network.isPresent() && !NETWORK_VERSIONS.contains(network.get())) {
      throw CphError.badRequest("CPS.0240", "Parameter: network_version is invalid.");
    }
    long since = request.query("create_since").map(ServerHandlers::epoch).orElse(Long.MIN_VALUE);
    long until = request.query("create_until").map(ServerHandlers::epoch).orElse(Long.MAX_VALUE);
    Predicate<CphServer> keep = server -> (status == Integer.MIN_VALUE || server.status == status)
        && name.map(server.name::contains).orElse(true) && id.map(server.id::equals).orElse(true)
        && network.map(server.networkVersion::equals).orElse(true)
        && phoneModel.map(server.phoneModelName::equals).orElse(true)
        && server.createTime.getEpochSecond() >= since && server.createTime.getEpochSecond() <= until;
    return CphOutcome.page(request, "servers", state.servers.values().stream().filter(keep).map(CphJson::server)
        .toList(), 100);
  }

  /** {@code create_since}/{@code create_until}: Unix seconds. */
  private static long epoch(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw CphError.badRequest("CPS.0174", "Parameter: time is invalid.");
    }
  }

  private CphOutcome show(CphRequest request) {
    return CphOutcome.ok(CphJson.serverDetail(batch.server(request.path("server_id")), state, request.requestId));
  }

  private CphOutcome rename(CphRequest request) {
    CphServer server = batch.server(request.path("server_id"));
    server.name = serverName(request.text("server_name"));
    server.updateTime = request.now;
    return CphOutcome.done(request);
  }

  /** RestartCloudPhoneServer: {@code {"server_ids": [...]}}, 1 to 100 running servers. */
  private CphOutcome restart(CphRequest request) {
    List<String> ids = request.strings("server_ids");
    if (ids.isEmpty()) {
      throw CphError.badRequest("CPS.0095", "Parameter: server_ids is empty.");
    }
    if (ids.size() > MAX_SERVER_IDS) {
      throw CphError.badRequest("CPS.0096", "The number of servers exceeds the limit.");
    }
    return batch.servers(request, ids, (item, server) -> {
      if (server.status != RUNNING || server.deleting) {
        CphOutcome.itemError(item, CphError.badRequest("CPS.0158",
            "The server is not available for being restarted."));
      } else {
        item.put("job_id", state.startJob(request.requestId, CphJob.Kind.SERVER_RESTART, null, server.id,
            request.now, false, null, "", "").id);
      }
    });
  }

  /** CreateCloudPhoneServer (system network, v1) and CreateNet2CloudPhoneServer (custom network, v2). */
  private CphOutcome create(CphRequest request, String networkVersion) {
    String name = serverName(request.text("server_name"));
    String serverModel = serverModel(request.text("server_model_name"));
    String phoneModel = phoneModel(request.text("phone_model_name"), serverModel);
    String imageId = image(request.text("image_id"));
    int count = count(request);
    String keypair = keypair(request.text("keypair_name"));
    billing(request, request.body().path("extend_param"));
    bandwidth(request.body().path("band_width"), networkVersion.equals("v1"));
    if (networkVersion.equals("v2")) {
      if (request.text("tenant_vpc_id").isBlank()) {
        throw CphError.badRequest("CPS.0223", "Parameter: tenant_vpc_id is invalid.");
      }
      nics(request);
      if (!request.body().path("public_ip").isObject()) {
        throw CphError.badRequest("CPS.0238", "Parameter: public_ip is invalid.");
      }
    }
    return purchase(request, now -> state.createServers(name, count, serverModel, phoneModel, imageId, keypair,
        networkVersion, null, now));
  }

  /** CreateCloudPhoneSingleServer (v2.1): servers whose phones come with the flavor's defaults. */
  private CphOutcome createSingle(CphRequest request) {
    String name = serverName(request.text("server_name"));
    String serverModel = serverModel(request.text("server_model_name"));
    int count = count(request);
    String keypair = keypair(request.text("keypair_name"));
    String imageId = request.text("image_id").isEmpty() ? CphJson.IMAGE_ID : image(request.text("image_id"));
    billing(request, request.body().path("order_param"));
    nics(request);
    String phoneModel = CatalogHandlers.PHONE_MODELS.stream().filter(m -> m.serverModel().equals(serverModel))
        .findFirst().map(CatalogHandlers.PhoneModel::name).orElse(CphJson.PHONE_MODEL);
    return purchase(request, now -> state.createServers(name, count, serverModel, phoneModel, imageId, keypair,
        "v2", null, now));
  }

  /**
   * Places an order: paid now (servers created, their ids answered), left pending (only the order id answered,
   * servers created when the test pays it), or refused as CBC would ({@code CPS.0062}).
   */
  private CphOutcome purchase(CphRequest request, java.util.function.Function<Instant, List<String>> buy) {
    String orderId = state.newOrderId();
    ObjectNode answer = CphOutcome.submitted(request).put("order_id", orderId).put("product_id", PRODUCT_ID);
    switch (state.payment) {
      case FAILED -> throw CphError.badRequest("CPS.0062", "Create order failed.");
      case PENDING -> {
        state.pendingOrders.put(orderId, buy::apply);
        answer.putArray("server_ids");
      }
      default -> buy.apply(request.now).forEach(answer.withArray("server_ids")::add);
    }
    return CphOutcome.ok(answer);
  }

  /** ChangeCloudPhoneServer: rebuilds a running server's phones with another phone flavor and image. */
  private CphOutcome change(CphRequest request) {
    CphServer server = runningServer(request.path("server_id"), "CPS.0099", "Parameter: server is not ready.");
    String phoneModel = phoneModel(request.text("phone_model_name"), server.serverModelName);
    String imageId = image(request.text("image_id"));
    String keypair = keypair(request.text("keypair_name"));
    if (request.text("tenant_vpc_id").isBlank()) {
      throw CphError.badRequest("CPS.0223", "Parameter: tenant_vpc_id is invalid.");
    }
    nics(request);
    server.phoneModelName = phoneModel;
    if (keypair != null) {
      server.keypairName = keypair;
    }
    server.updateTime = request.now;
    List<CphPhone> rebuilt = state.phonesOn(server.id);
    rebuilt.forEach(phone -> {
      phone.status = 1;
      phone.phoneModelName = phoneModel;
      phone.imageId = imageId;
      phone.updateTime = request.now;
    });
    CphJob job = state.startTask(request.requestId, null, server.id, request.now);
    state.at(job.end, () -> rebuilt.stream().filter(phone -> phone.status == 1).forEach(phone -> {
      phone.status = 2;
      phone.updateTime = job.end;
    }));
    return CphOutcome.ok(CphOutcome.submitted(request).put("server_id", server.id).put("job_id", job.id));
  }

  /** ChangeCloudPhoneServerModel: an order moving a running server to another server and phone flavor. */
  private CphOutcome changeModel(CphRequest request) {
    CphServer server = runningServer(request.text("server_id"), "CPS.0245",
        "Server does not allow to change model.");
    String serverModel = request.text("server_model_name");
    if (CatalogHandlers.serverModel(serverModel).isEmpty()) {
      throw CphError.badRequest("CPS.0246", "Server model not found.");
    }
    String phoneModel = phoneModel(request.text("phone_model_name"), serverModel);
    if (serverModel.equals(server.serverModelName) && phoneModel.equals(server.phoneModelName)) {
      throw CphError.badRequest("CPS.0250",
          "The server specifications cannot be the same as the specifications to be modified.");
    }
    CphOutcome order = purchase(request, now -> {
      server.serverModelName = serverModel;
      server.phoneModelName = phoneModel;
      server.updateTime = now;
      state.phonesOn(server.id).forEach(phone -> phone.phoneModelName = phoneModel);
      return List.of();
    });
    order.body().remove("server_ids"); // the change answers with its order only
    return order;
  }

  /** DeleteCloudPhoneServer: one job deleting all named servers; they go away when it ends. */
  private CphOutcome delete(CphRequest request) {
    List<String> ids = request.ids("server_ids", MAX_SERVER_IDS,
        CphError.badRequest("CPS.0094", "Parameter: server_ids is invalid."));
    for (String id : ids) {
      CphServer server = batch.server(id);
      if (server.deleting) {
        throw CphError.badRequest("CPS.0099", "Parameter: server is not ready.");
      }
    }
    CphJob job = state.startTask(request.requestId, null, ids.get(0), request.now);
    ids.forEach(id -> {
      state.servers.get(id).deleting = true;
      state.servers.get(id).updateTime = request.now;
    });
    state.at(job.end, () -> ids.forEach(state::removeServer));
    return CphOutcome.ok(CphOutcome.submitted(request).put("job_id", job.id));
  }

  /** UpdateKeypair: sets each server's key pair, one job per server. */
  private CphOutcome updateKeypair(CphRequest request) {
    List<JsonNode> items = request.objects("servers");
    if (items.isEmpty() || items.size() > MAX_SERVER_IDS) {
      throw CphError.badRequest("CPS.0094", "Parameter: server_ids is invalid.");
    }
    List<String> ids = items.stream().map(item -> CphRequest.text(item, "server_id")).toList();
    return batch.servers(request, ids, (item, server) -> {
      String keypair = items.stream().filter(i -> CphRequest.text(i, "server_id").equals(server.id)).findFirst()
          .map(i -> CphRequest.text(i, "keypair_name")).orElse("");
      if (keypair.isBlank()) {
        CphOutcome.itemError(item, CphError.badRequest("CPS.0068", "Parameter: keypair_name is empty."));
      } else if (!state.keypairs.contains(keypair)) {
        CphOutcome.itemError(item, CphError.badRequest("CPS.0067", "Keypair could not found."));
      } else {
        server.keypairName = keypair;
        server.updateTime = request.now;
        item.put("job_id", state.startTask(request.requestId, null, server.id, request.now).id);
      }
    });
  }

  private CphServer runningServer(String id, String code, String message) {
    CphServer server = batch.server(id);
    if (server.status != RUNNING || server.deleting) {
      throw CphError.badRequest(code, message);
    }
    return server;
  }

  private static String serverName(String name) {
    if (!SERVER_NAME.matcher(name).matches()) {
      throw CphError.badRequest("CPS.0087", "Parameter: server_name is invalid.");
    }
    return name;
  }

  private static String serverModel(String name) {
    if (name.isBlank()) {
      throw CphError.badRequest("CPS.0088", "Parameter: server_model_name is empty.");
    }
    if (CatalogHandlers.serverModel(name).isEmpty()) {
      throw CphError.badRequest("CPS.0089", "Parameter: server_model_name is invalid.");
    }
    return name;
  }

  /** A phone flavor that runs on {@code serverModel}. */
  private static String phoneModel(String name, String serverModel) {
    if (name.isBlank()) {
      throw CphError.badRequest("CPS.0027", "Parameter: phone_model_name is empty.");
    }
    if (CatalogHandlers.phoneModel(name).filter(m -> m.serverModel().equals(serverModel)).isEmpty()) {
      throw CphError.badRequest("CPS.0028", "Parameter: phone_model_name is invalid.");
    }
    return name;
  }

  private String image(String id) {
    if (id.isBlank()) {
      throw CphError.badRequest("CPS.0029", "Parameter: image_id is empty.");
    }
    if (!state.usableImage(id)) {
      throw CphError.badRequest("CPS.0030", "Parameter: image_id is invalid.");
    }
    return id;
  }

  /** An optional key pair name, which must name a key pair the fake knows; null when absent. */
  private String keypair(String name) {
    if (name.isEmpty()) {
      return null;
    }
    if (!state.keypairs.contains(name)) {
      throw CphError.badRequest("CPS.0067", "Keypair could not found.");
    }
    return name;
  }

  private static int count(CphRequest request) {
    JsonNode count = request.body().path("count");
    if (!count.isIntegralNumber() || count.asInt() < 1 || count.asInt() > 10) {
      throw CphError.badRequest("CPS.0024", "Parameter: count is invalid.");
    }
    return count.asInt();
  }

  /** The order's billing ({@code extend_param} or {@code order_param}): yearly/monthly only. */
  private static void billing(CphRequest request, JsonNode billing) {
    if (!billing.isObject()) {
      throw CphError.badRequest("CPS.0055", "Parameter: extend_param is invalid.");
    }
    request.requiredInt(billing, "charging_mode", 0, 0,
        CphError.badRequest("CPS.0056", "Parameter: charging_mode is invalid."));
    int periodType = request.requiredInt(billing, "period_type", 2, 3,
        CphError.badRequest("CPS.0057", "Parameter: period_type is invalid."));
    request.requiredInt(billing, "period_num", 1, periodType == 2 ? 9 : 10,
        CphError.badRequest("CPS.0058", "Parameter: period_num is invalid."));
    if (billing.has("is_auto_renew")) {
      request.requiredInt(billing, "is_auto_renew", 0, 1,
          CphError.badRequest("CPS.0059", "Parameter: isAutoRenew is invalid."));
    }
    if (billing.has("is_auto_pay")) {
      request.requiredInt(billing, "is_auto_pay", 0, 1,
          CphError.badRequest("CPS.0060", "Parameter: isAutoPay is invalid."));
    }
  }

  /** The purchase's {@code band_width}: dedicated (0, with a size) or shared (1, naming a bandwidth). */
  private void bandwidth(JsonNode bandwidth, boolean required) {
    if (!bandwidth.isObject()) {
      if (required) {
        throw CphError.badRequest("CPS.0031", "Parameter: band_width is invalid.");
      }
      return;
    }
    int shareType = bandwidth.path("band_width_share_type").asInt(-1);
    if (shareType != 0 && shareType != 1) {
      throw CphError.badRequest("CPS.0034", "Parameter: band_width_share_type is invalid.");
    }
    if (bandwidth.has("band_width_charge_mode") && !Set.of(0, 1).contains(bandwidth.path("band_width_charge_mode")
        .asInt(-1))) {
      throw CphError.badRequest("CPS.0035", "Parameter: band_width_charge_mode is invalid.");
    }
    if (bandwidth.has("band_width_size") && (bandwidth.path("band_width_size").asInt(0) < 1
        || bandwidth.path("band_width_size").asInt(0) > 2000)) {
      throw CphError.badRequest("CPS.0036", "Parameter: band_width_size is invalid.");
    }
    if (shareType == 1) {
      String id = CphRequest.text(bandwidth, "band_width_id");
      if (id.isBlank()) {
        throw CphError.badRequest("CPS.0032", "Parameter: band_width_id is empty.");
      }
      if (!state.bandwidths.containsKey(id)) {
        throw CphError.badRequest("CPS.0115", "Band width not found.");
      }
    }
  }

  private static void nics(CphRequest request) {
    List<JsonNode> nics = request.objects("nics");
    if (nics.isEmpty() || nics.stream().anyMatch(nic -> CphRequest.text(nic, "subnet_id").isBlank())) {
      throw CphError.badRequest("CPS.0226", "Parameter: nics is invalid.");
    }
  }
}
