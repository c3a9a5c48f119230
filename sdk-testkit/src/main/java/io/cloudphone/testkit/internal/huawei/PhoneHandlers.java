package io.cloudphone.testkit.internal.huawei;

import static io.cloudphone.testkit.internal.huawei.CphRoutes.V1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Cloud phones (API reference §5.3): listing and detail, rename, batch restart/reset/stop (jobs that move the
 * phone through restarting/resetting/stopping on the fake's clock), properties, data export and import,
 * migration, traffic import, connection info and data-volume expansion.
 */
final class PhoneHandlers {
  private static final Set<Integer> PHONE_STATUSES = Set.of(1, 2, 3, 4, 6, 7, 8, -5, -6, -7, -8, -9);
  private static final Pattern PHONE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,60}");
  private static final int MAX_BATCH = 100;
  private static final int MAX_CONNECT = 10;
  private static final int MAX_VOLUME_GB = 1024;

  private final CphState state;
  private final CphBatch batch;

  PhoneHandlers(CphState state, CphBatch batch) {
    this.state = state;
    this.batch = batch;
  }

  void register(CphRoutes routes) {
    routes.add("ListCloudPhones", "GET", V1 + "/phones", this::list)
        .add("ShowCloudPhoneDetail", "GET", V1 + "/phones/{phone_id}", this::show)
        .add("UpdatePhoneName", "PUT", V1 + "/phones/{phone_id}", this::rename)
        .add("RestartCloudPhone", "POST", V1 + "/phones/batch-restart", r -> restartOrReset(r, CphJob.Kind.RESTART))
        .add("ResetCloudPhone", "POST", V1 + "/phones/batch-reset", r -> restartOrReset(r, CphJob.Kind.RESET))
        .add("StopCloudPhone", "POST", V1 + "/phones/batch-stop", this::stop)
        .add("UpdateCloudPhoneProperty", "POST", V1 + "/phones/batch-update-property", this::updateProperty)
        .add("BatchExportCloudPhoneData", "POST", V1 + "/phones/batch-storage", this::exportData)
        .add("BatchImportCloudPhoneData", "POST", V1 + "/phones/batch-restore", this::importData)
        .add("BatchMigrateCloudPhone", "POST", V1 + "/phones/batch-migrate", this::migrate)
        .add("ImportTraffic", "POST", V1 + "/phones-traffic", this::importTraffic)
        .add("BatchShowPhoneConnectInfos", "POST", V1 + "/phones/batch-connection", this::connectInfos)
        .add("ExpandPhoneDataVolumeSize", "POST", V1 + "/phones/expand-volume", this::expandVolume);
  }

  private CphOutcome list(CphRequest request) {
    int status = request.intQuery("status", Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE,
        CphError.badRequest("CPS.0010", "Parameter: status is invalid."));
    if (status != Integer.MIN_VALUE && !PHONE_STATUSES.contains(status)) {
      throw CphError.badRequest("CPS.0010", "Parameter: status is invalid.");
    }
    int type = request.intQuery("type", 0, 0, 1, CphError.badRequest("CPS.0116", "Parameter: type is invalid."));
    Optional<String> name = request.query("phone_name");
    Optional<String> server = request.query("server_id");
    Predicate<CphPhone> keep = phone -> (status == Integer.MIN_VALUE || phone.status == status)
        && name.map(phone.name::contains).orElse(true) && server.map(phone.serverId::equals).orElse(true)
        && type == 0;
    return CphOutcome.page(request, "phones", state.phones.values().stream().filter(keep).map(CphJson::phone)
        .toList(), 100);
  }

  private CphOutcome show(CphRequest request) {
    return CphOutcome.ok(CphJson.phoneDetail(batch.phone(request.path("phone_id")), request.requestId));
  }

  private CphOutcome rename(CphRequest request) {
    CphPhone phone = batch.phone(request.path("phone_id"));
    String name = request.text("phone_name");
    if (!PHONE_NAME.matcher(name).matches()) {
      throw CphError.badRequest("CPS.0025", "Parameter: phone_name is invalid.");
    }
    phone.name = name;
    phone.updateTime = request.now;
    return CphOutcome.done(request);
  }

  /** RestartCloudPhone and ResetCloudPhone: {@code {"phones": [{"phone_id": ...}], "image_id"?}}. */
  private CphOutcome restartOrReset(CphRequest request, CphJob.Kind kind) {
    List<String> ids = new ArrayList<>();
    request.objects("phones").forEach(item -> ids.add(CphRequest.text(item, "phone_id")));
    String imageId = request.text("image_id");
    if (!imageId.isEmpty() && !state.usableImage(imageId)) {
      throw CphError.badRequest("CPS.0030", "Parameter: image_id is invalid.");
    }
    return jobs(request, kind, ids, phone -> {
      if (!imageId.isEmpty()) {
        phone.imageId = imageId;
      }
    });
  }

  /** StopCloudPhone: {@code {"phone_ids": [...]}}. */
  private CphOutcome stop(CphRequest request) {
    return jobs(request, CphJob.Kind.STOP, request.strings("phone_ids"), phone -> { });
  }

  /** A job per phone that moves it through {@code kind}'s statuses, after {@code change} was applied to it. */
  private CphOutcome jobs(CphRequest request, CphJob.Kind kind, List<String> ids,
      java.util.function.Consumer<CphPhone> change) {
    if (ids.isEmpty()) {
      throw CphError.badRequest("CPS.0009", "Parameter: phone_id list is empty.");
    }
    if (ids.size() > MAX_BATCH) {
      throw CphError.badRequest("CPS.0190", "The number of phones exceeds the limit.");
    }
    return batch.phones(request, jobs -> ids, false, (item, phone, failing) -> {
      if (phone.currentJobId != null) {
        // A phone still restarting, resetting or stopping takes no other lifecycle change until that job ends.
        CphOutcome.itemError(item, CphError.badRequest("CPS.0165", "The phone must be in stopped or running"
            + " status."));
        return;
      }
      change.accept(phone);
      item.put("job_id", state.startJob(request.requestId, kind, phone.id, phone.serverId, request.now, failing,
          null, "CPS.0054", "Handle job timeout.").id);
    });
  }

  /** UpdateCloudPhoneProperty: sets each phone's properties (a JSON object as text); the phone restarts. */
  private CphOutcome updateProperty(CphRequest request) {
    List<JsonNode> items = request.objects("phones");
    if (items.isEmpty() || items.size() > MAX_BATCH) {
      throw CphError.badRequest("CPS.0077", "Parameter: phones list is invalid.");
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode item : items) {
      String property = CphRequest.text(item, "property");
      if (!isJsonObject(property)) {
        throw CphError.badRequest("CPS.0078", "Parameter: Property is invalid.");
      }
      ids.add(CphRequest.text(item, "phone_id"));
    }
    return jobs(request, CphJob.Kind.RESTART, ids, phone -> items.stream()
        .filter(item -> CphRequest.text(item, "phone_id").equals(phone.id)).findFirst()
        .ifPresent(item -> phone.property = CphRequest.text(item, "property")));
  }

  /** BatchExportCloudPhoneData: one job per phone writing its data to OBS; the phone must run. */
  private CphOutcome exportData(CphRequest request) {
    List<JsonNode> items = request.objects("storage_infos");
    if (items.isEmpty()) {
      throw CphError.badRequest("CPS.0167", "Parameter: storage_infos is invalid.");
    }
    if (items.size() > MAX_BATCH) {
      throw CphError.badRequest("CPS.0170", "Parameter: storage_infos exceeds the limit.");
    }
    return obsJobs(request, items, true);
  }

  /** BatchImportCloudPhoneData: one job per phone restoring data from OBS; the phone restarts. */
  private CphOutcome importData(CphRequest request) {
    List<JsonNode> items = request.objects("restore_infos");
    if (items.isEmpty() || items.size() > MAX_BATCH) {
      throw CphError.badRequest("CPS.0171", "Parameter: restore_infos is invalid.");
    }
    return obsJobs(request, items, false);
  }

  private CphOutcome obsJobs(CphRequest request, List<JsonNode> items, boolean export) {
    List<String> ids = new ArrayList<>();
    for (JsonNode item : items) {
      if (CphRequest.text(item, "bucket_name").isBlank()) {
        throw CphError.badRequest("CPS.0134", "Parameter: bucket_name is invalid.");
      }
      if (CphRequest.text(item, "object_path").isBlank()) {
        throw CphError.badRequest("CPS.0135", "Parameter: object_path is invalid.");
      }
      ids.add(CphRequest.text(item, "phone_id"));
    }
    return batch.phones(request, jobs -> ids, true, (item, phone, failing) -> item.put("job_id",
        export ? state.startJob(request.requestId, CphJob.Kind.COMMAND, phone.id, phone.serverId, request.now,
            failing, null, "CPS.0108", "Upload files to obs failed.").id
            : state.startJob(request.requestId, CphJob.Kind.RESTART, phone.id, phone.serverId, request.now,
                failing, null, "CPS.0104", "File doesn't exists in OBS.").id));
  }

  /** BatchMigrateCloudPhone: moves a phone's data onto another phone, one job per pair. */
  private CphOutcome migrate(CphRequest request) {
    List<JsonNode> items = request.objects("migrate_infos");
    if (items.isEmpty() || items.size() > MAX_BATCH) {
      throw CphError.badRequest("CPS.0234", "Parameter: migrate_infos is invalid.");
    }
    ObjectNode answer = CphOutcome.submitted(request);
    ArrayNode jobs = answer.putArray("jobs");
    for (JsonNode info : items) {
      String source = CphRequest.text(info, "source_phone_id");
      String target = CphRequest.text(info, "target_phone_id");
      String property = CphRequest.text(info, "is_migrate_property");
      if (!property.isEmpty() && !Set.of("true", "false").contains(property)) {
        throw CphError.badRequest("CPS.0235", "Parameter: is_migrate_property is invalid.");
      }
      ObjectNode item = jobs.addObject().put("source_phone_id", source).put("target_phone_id", target);
      if (source.equals(target)) {
        CphOutcome.itemError(item, CphError.badRequest("CPS.0231",
            "Source phone and target phone can not be the same."));
      } else if (batch.phoneRefusal(source, false).isPresent()) {
        CphOutcome.itemError(item, CphError.badRequest("CPS.0232", "Parameter: source_phone_id is invalid."));
      } else if (batch.phoneRefusal(target, false).isPresent()) {
        CphOutcome.itemError(item, CphError.badRequest("CPS.0233", "Parameter: target_phone_id is invalid."));
      } else {
        CphPhone to = state.phones.get(target);
        if (!"false".equals(property)) {
          to.property = state.phones.get(source).property;
        }
        item.put("job_id", state.startJob(request.requestId, CphJob.Kind.RESTART, to.id, to.serverId,
            request.now, false, null, "CPS.0054", "Handle job timeout.").id);
      }
    }
    return CphOutcome.ok(answer);
  }

  /** ImportTraffic: routes the phones' traffic directly or through the customer's network. */
  private CphOutcome importTraffic(CphRequest request) {
    String type = request.text("traffic_type");
    if (!Set.of("direct", "routing").contains(type)) {
      throw CphError.badRequest("CPS.0207", "Parameter: traffic type is invalid.");
    }
    List<String> ids = request.strings("phone_ids");
    if (ids.isEmpty()) {
      throw CphError.badRequest("CPS.0009", "Parameter: phone_id list is empty.");
    }
    if (ids.size() > MAX_BATCH) {
      throw CphError.badRequest("CPS.0209", "Parameter: the number of requested phone ids has exceeded the limit.");
    }
    return batch.phones(request, jobs -> ids, false, (item, phone, failing) -> {
      phone.trafficType = type;
      item.put("job_id", state.startTask(request.requestId, phone.id, phone.serverId, request.now).id);
    });
  }

  /** BatchShowPhoneConnectInfos: a one-time ticket per running phone; the others are listed under errors. */
  private CphOutcome connectInfos(CphRequest request) {
    List<String> ids = request.strings("phone_ids");
    if (ids.isEmpty()) {
      throw CphError.badRequest("CPS.0009", "Parameter: phone_id list is empty.");
    }
    if (ids.size() > MAX_CONNECT) {
      throw CphError.badRequest("CPS.0209", "Parameter: the number of requested phone ids has exceeded the limit.");
    }
    if (request.text("client_type").isBlank()) {
      throw CphError.badRequest("CPS.0116", "Parameter: type is invalid.");
    }
    ObjectNode answer = CphOutcome.submitted(request);
    ArrayNode infos = answer.putArray("connect_infos");
    ArrayNode errors = answer.putArray("errors");
    for (String id : ids) {
      Optional<CphError> refused = batch.phoneRefusal(id, true);
      if (refused.isPresent()) {
        CphOutcome.itemError(errors.addObject().put("phone_id", id), refused.get());
        continue;
      }
      CphPhone phone = state.phones.get(id);
      ObjectNode access = infos.addObject().put("phone_id", id).putObject("access_info");
      access.put("access_ip", "127.0.0.1").put("intranet_ip", "192.168.0.10")
          .put("access_port", 14300 + phone.position * 2 + 1)
          .put("session_id", state.newId("cph-session"))
          .put("timestamp", Long.toString(request.now.getEpochSecond()))
          .put("ticket", state.newId("cph-ticket"));
    }
    return CphOutcome.ok(answer);
  }

  /** ExpandPhoneDataVolumeSize: grows each phone's data volume (never shrinks it); the phone restarts. */
  private CphOutcome expandVolume(CphRequest request) {
    List<JsonNode> items = request.objects("phones");
    if (items.isEmpty() || items.size() > MAX_BATCH) {
      throw CphError.badRequest("CPS.0077", "Parameter: phones list is invalid.");
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode item : items) {
      String id = CphRequest.text(item, "phone_id");
      int size = item.path("new_size").asInt(0);
      CphPhone phone = state.phones.get(id);
      if (size <= 0 || size > MAX_VOLUME_GB || (phone != null && size <= phone.volumeSize)) {
        throw CphError.badRequest("CPS.0077", "Parameter: phones list is invalid. new_size must be larger than"
            + " the current size and at most " + MAX_VOLUME_GB + " GB.");
      }
      ids.add(id);
    }
    return jobs(request, CphJob.Kind.RESTART, ids, phone -> items.stream()
        .filter(item -> CphRequest.text(item, "phone_id").equals(phone.id)).findFirst()
        .ifPresent(item -> phone.volumeSize = item.path("new_size").asInt()));
  }

  private static boolean isJsonObject(String text) {
    try {
      return !text.isBlank() && CphJson.JSON.readTree(text).isObject();
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
