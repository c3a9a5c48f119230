package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Files and backups: whole-instance, app and file backups (each a backup file record, CREATING then AVAILABLE, and
 * a task), their listing and deletion, restores from them (the instance goes RECOVERING, then RUNNING), and
 * fetching files from or sending files to instances. Every one is a batch task DescribeTasks follows.
 */
final class AlibabaBackupHandlers {
  private static final int MAX_IDS = 100;
  private static final Set<String> UPLOAD_TYPES = Set.of("OSS", "DOWNLOAD_URL");

  private final AlibabaWorld world;

  AlibabaBackupHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("BackupAndroidInstance", ex -> backup(ex, "BackupAndroidInstance", true))
        .on("BackupApp", ex -> backup(ex, "BackupApp", false))
        .on("BackupFile", ex -> backup(ex, "BackupFile", ex.call.bool("BackupAll")))
        .on("DescribeBackupFiles", this::describe)
        .on("DeleteBackupFile", this::delete)
        .on("RecoverAndroidInstance", ex -> recover(ex, "RecoverAndroidInstance", false))
        .on("RecoverApp", ex -> recover(ex, "RecoverApp", true))
        .on("RecoveryFile", ex -> recover(ex, "RecoveryFile", false))
        .on("DescribeBuckets", this::buckets)
        .on("FetchFile", this::fetch)
        .on("SendFile", this::send);
  }

  /** A backup of each RUNNING instance to BackupFilePath: one backup file record and one child task each. */
  private ObjectNode backup(AlibabaExchange ex, String type, boolean all) {
    AlibabaRpcCall call = ex.call;
    List<AlibabaInstance> targets = world.existing(call.requiredIds("AndroidInstanceIdList", MAX_IDS));
    String path = call.required("BackupFilePath");
    if (!type.equals("BackupFile")) {
      call.required("UploadEndpoint");
    }
    List<String> apps = call.ids("SourceAppList", 100);
    if (type.equals("BackupApp") && apps.isEmpty()) {
      throw AlibabaFault.missing("SourceAppList.1");
    }
    AlibabaTask batch = world.runningJob(ex, type, "{\"BackupFilePath\":\"" + path + "\"}", targets,
        "BackupFailed", path);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("TaskId", batch.id)
        .put("Count", batch.children.size());
    ArrayNode data = out.putArray("Data");
    for (AlibabaTask child : batch.children) {
      AlibabaInstance instance = child.instance;
      ObjectNode file = world.backups.create()
          .put("BackupFileName", call.string("BackupFileName").orElse(instance.id + "-" + child.id))
          .put("BackupFilePath", path).put("Description", call.string("Description").orElse(""))
          .put("Status", child.failCode == null ? "CREATING" : "FAILED").put("AndroidInstanceId", instance.id)
          .put("AndroidInstanceName", instance.name).put("InstanceGroupId", instance.groupId)
          .put("RegionId", world.regionId).put("BackupAll", all).put("FileSize", 1024L * 1024)
          .put("SystemVersion", "Android 12").put("TaskId", child.id)
          .put("UploadEndpoint", call.string("UploadEndpoint").orElse(""))
          .put("UploadType", call.string("UploadType").orElse("OSS"))
          .put("GmtCreated", AlibabaJsonOut.dateTime(ex.now)).put("ReadyAt", child.doneAt.toString());
      file.set("SourceAppInfoList", AlibabaJsonOut.array(apps));
      file.set("SourceFilePathList", AlibabaJsonOut.array(call.ids("SourceFilePathList", 100)));
      if (child.failCode == null && type.equals("BackupAndroidInstance")) {
        instance.transition("BACKUPING", instance.status(ex.now), ex.now, child.doneAt, null);
      }
      data.addObject().put("AndroidInstanceId", instance.id).put("BackupFileId", world.backups.id(file))
          .put("BackupFileName", file.path("BackupFileName").asText()).put("TaskId", child.id);
    }
    return out;
  }

  private boolean settle(ObjectNode file, AlibabaExchange ex) {
    if (file.path("Status").asText().equals("CREATING")
        && !ex.now.isBefore(java.time.Instant.parse(file.path("ReadyAt").asText()))) {
      file.put("Status", "AVAILABLE");
    }
    return true;
  }

  private ObjectNode describe(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    Optional<String> id = call.string("BackupFileId");
    Optional<String> instance = call.string("AndroidInstanceId");
    Optional<String> name = call.string("BackupFileName");
    Optional<String> group = call.string("InstanceGroupId");
    List<String> statuses = call.ids("StatusList", 20);
    List<ObjectNode> matching = world.backups.where(file -> settle(file, ex)
        && id.map(i -> i.equals(world.backups.id(file))).orElse(true)
        && instance.map(i -> i.equals(file.path("AndroidInstanceId").asText())).orElse(true)
        && name.map(n -> file.path("BackupFileName").asText().contains(n)).orElse(true)
        && group.map(g -> g.equals(file.path("InstanceGroupId").asText())).orElse(true)
        && (statuses.isEmpty() || statuses.contains(file.path("Status").asText())));
    return AlibabaPaging.answer(ex, "backups", matching, 10, 100, "Data");
  }

  private ObjectNode delete(AlibabaExchange ex) {
    List<String> ids = ex.call.requiredIds("BackupFileIdList", MAX_IDS);
    world.backups.getAll(ids);
    ids.forEach(world.backups::remove);
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** A restore of each instance from a backup file that must be AVAILABLE; RecoverApp needs its id. */
  private ObjectNode recover(AlibabaExchange ex, String type, boolean needsFileId) {
    AlibabaRpcCall call = ex.call;
    List<AlibabaInstance> targets = world.existing(call.requiredIds("AndroidInstanceIdList", MAX_IDS));
    Optional<String> fileId = needsFileId ? Optional.of(call.required("BackupFileId"))
        : call.string("BackupFileId");
    if (!type.equals("RecoveryFile")) {
      call.required("BackupFilePath");
      call.oneOf("UploadType", UPLOAD_TYPES, null);
      call.required("UploadType");
    }
    fileId.ifPresent(id -> {
      ObjectNode file = world.backups.get(id);
      settle(file, ex);
      if (!file.path("Status").asText().equals("AVAILABLE")) {
        throw new AlibabaFault(400, "IncorrectStatus.BackupFile", "The backup file " + id + " is "
            + file.path("Status").asText() + ", not AVAILABLE.");
      }
    });
    AlibabaTask batch = world.runningJob(ex, type, "{\"BackupFileId\":\"" + fileId.orElse("") + "\"}", targets,
        "RecoverFailed", "recovered");
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("TaskId", batch.id)
        .put("Count", batch.children.size());
    ArrayNode data = out.putArray("Data");
    for (AlibabaTask child : batch.children) {
      if (child.failCode == null && type.equals("RecoverAndroidInstance")) {
        child.instance.transition("RECOVERING", "RUNNING", ex.now, child.doneAt, null);
      }
      data.addObject().put("AndroidInstanceId", child.instance.id).put("TaskId", child.id);
    }
    return out;
  }

  private ObjectNode buckets(AlibabaExchange ex) {
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("Code", "200").put("HttpStatusCode", 200)
        .put("Success", true).put("Message", "success");
    out.putArray("Data").addObject().put("BucketName", "cloudphone-saved-bucket-" + world.regionId)
        .put("Location", "oss-" + world.regionId).put("RegionId", world.regionId)
        .put("ExtranetEndpoint", "oss-" + world.regionId + ".aliyuncs.com")
        .put("IntranetEndpoint", "oss-" + world.regionId + "-internal.aliyuncs.com")
        .put("GmtCreated", AlibabaJsonOut.dateTime(ex.now)).putArray("OssObjectList");
    return out;
  }

  /** FetchFile: a file from each RUNNING instance uploaded to OSS or a URL. */
  private ObjectNode fetch(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    List<AlibabaInstance> targets = world.existing(call.requiredIds("AndroidInstanceIdList", MAX_IDS));
    String source = call.required("SourceFilePath");
    call.required("UploadEndpoint");
    String url = call.required("UploadUrl");
    String type = call.oneOf("UploadType", UPLOAD_TYPES, null);
    if (type == null) {
      throw AlibabaFault.missing("UploadType");
    }
    AlibabaTask batch = world.runningJob(ex, "FetchFile", "{\"SourceFilePath\":\"" + source + "\"}", targets,
        "UploadFailed", url);
    return fileTasks(ex, batch);
  }

  /** SendFile: a file from OSS (UploadType OSS, with UploadEndpoint) or a link (DOWNLOAD_URL) onto instances. */
  private ObjectNode send(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    List<AlibabaInstance> targets = world.existing(call.requiredIds("AndroidInstanceIdList", MAX_IDS));
    String folder = call.required("SourceFilePath");
    String type = call.required("UploadType");
    String url = call.required("UploadUrl");
    if (type.equals("OSS")) {
      call.required("UploadEndpoint");
      if (!url.startsWith("oss://")) {
        throw AlibabaFault.invalid("UploadUrl", "an OSS upload takes an oss:// URL");
      }
    } else if (type.equals("DOWNLOAD_URL")) {
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw AlibabaFault.invalid("UploadUrl", "a DOWNLOAD_URL upload takes an http(s) link");
      }
    } else {
      throw AlibabaFault.invalid("UploadType", "must be OSS or DOWNLOAD_URL but was " + type);
    }
    String file = call.string("TargetFileName").orElse(url.substring(url.lastIndexOf('/') + 1));
    String param = AlibabaJsonOut.JSON.createObjectNode().put("SourceFilePath", folder).put("UploadUrl", url)
        .put("TargetFileName", file).toString();
    AlibabaTask batch = world.runningJob(ex, "SendFile", param, targets, "DownloadFailed",
        "saved " + folder + "/" + file);
    return fileTasks(ex, batch);
  }

  private static ObjectNode fileTasks(AlibabaExchange ex, AlibabaTask batch) {
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("TaskId", batch.id);
    ArrayNode data = out.putArray("Data");
    batch.children.forEach(child -> data.addObject().put("AndroidInstanceId", child.instance.id)
        .put("TaskId", child.id));
    return out;
  }
}
