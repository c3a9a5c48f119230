package io.cloudphone.testkit.internal.huawei;

import static io.cloudphone.testkit.internal.huawei.CphRoutes.PROJECT;
import static io.cloudphone.testkit.internal.huawei.CphRoutes.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A server's shared storage (API reference §5.1): share files (pushed from OBS, listed, deleted), share apps
 * (pushed, listed as a snapshot, deleted) and attached SFS Turbo file systems. Each server named gets its own job
 * or its own error item; the change is visible at once in listings.
 */
final class ShareHandlers {
  private static final String SHARE_FILES = V1 + "/phones/share-files";
  private static final Pattern PACKAGE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");
  private static final int MAX_SERVERS = 100;
  private static final int MAX_FILESYSTEM_SERVERS = 20;

  private final CphState state;
  private final CphBatch batch;

  ShareHandlers(CphState state, CphBatch batch) {
    this.state = state;
    this.batch = batch;
  }

  void register(CphRoutes routes) {
    // PushShareFiles and DeleteShareFiles share one path; CPS tells them apart by the body.
    routes.add("PushShareFiles", "POST", SHARE_FILES, this::pushFiles)
        .addWhen("DeleteShareFiles", "POST", SHARE_FILES, body -> body.has("file_paths"), this::deleteFiles)
        .add("ListShareFiles", "GET", V1 + "/servers/share-files", this::listFiles)
        .add("PushShareApps", "POST", V1 + "/phones/share-apps", this::pushApps)
        .add("DeleteShareApps", "DELETE", V1 + "/phones/share-apps", this::deleteApps)
        .add("ListShareAppsSnapshot", "GET", PROJECT + "/servers/{server_id}/share-apps-snapshot", this::snapshot)
        .add("AttachShareFilesystem", "POST", PROJECT + "/servers/attach-share-filesystem", r -> filesystem(r, true))
        .add("DetachShareFilesystem", "POST", PROJECT + "/servers/detach-share-filesystem",
            r -> filesystem(r, false));
  }

  private CphOutcome pushFiles(CphRequest request) {
    obsSource(request);
    String objectPath = request.text("object_path");
    if (!objectPath.endsWith(".tar")) {
      throw CphError.badRequest("CPS.0135", "Parameter: object_path is invalid.");
    }
    String name = objectPath.substring(objectPath.lastIndexOf('/') + 1, objectPath.length() - ".tar".length());
    return batch.serverTasks(request, serverIds(request, MAX_SERVERS), (item, server) ->
        server.shareFiles.add("/" + name));
  }

  private CphOutcome deleteFiles(CphRequest request) {
    List<String> paths = request.strings("file_paths");
    if (paths.isEmpty() || paths.stream().anyMatch(path -> !path.startsWith("/"))) {
      throw CphError.badRequest("CPS.0155", "The file_paths is invalid.");
    }
    return batch.serverTasks(request, serverIds(request, MAX_SERVERS), (item, server) ->
        server.shareFiles.removeIf(file -> paths.stream().anyMatch(p -> file.equals(p) || file.startsWith(p + "/"))));
  }

  /** ListShareFiles: one finished job per server whose output lists the files under {@code path}. */
  private CphOutcome listFiles(CphRequest request) {
    String path = request.query("path").orElse("");
    if (!path.startsWith("/")) {
      throw CphError.badRequest("CPS.0199", "The path is invalid.");
    }
    List<String> ids = new ArrayList<>();
    request.url.queryParameterValues("server_ids").forEach(v -> {
      if (v != null) {
        List.of(v.split(",")).stream().filter(id -> !id.isBlank()).forEach(ids::add);
      }
    });
    if (ids.isEmpty()) {
      throw CphError.badRequest("CPS.0095", "Parameter: server_ids is empty.");
    }
    return batch.servers(request, ids, (item, server) -> {
      String prefix = path.endsWith("/") ? path : path + "/";
      String listing = String.join("\n", server.shareFiles.stream()
          .filter(file -> file.startsWith(prefix) || path.equals("/")).toList());
      item.put("job_id", state.finishedJob(request.requestId, null, server.id, request.now, false, listing, "",
          "").id);
    });
  }

  private CphOutcome pushApps(CphRequest request) {
    String packageName = packageName(request);
    obsSource(request);
    if (request.body().has("pre_install_app") && !List.of(0, 1).contains(request.body().path("pre_install_app")
        .asInt(-1))) {
      throw CphError.badRequest("CPS.0148", "Parameter: pre_install_app is invalid.");
    }
    return batch.serverTasks(request, serverIds(request, MAX_SERVERS), (item, server) -> {
      List<String> versions = server.shareApps.computeIfAbsent(packageName, p -> new ArrayList<>());
      versions.add(Integer.toString(versions.size() + 1));
    });
  }

  private CphOutcome deleteApps(CphRequest request) {
    String packageName = packageName(request);
    return batch.servers(request, serverIds(request, MAX_SERVERS), (item, server) -> {
      if (server.shareApps.remove(packageName) == null) {
        CphOutcome.itemError(item, CphError.badRequest("CPS.0173", "Parameter: package_name is invalid."));
      } else {
        item.put("job_id", state.startTask(request.requestId, null, server.id, request.now).id);
      }
    });
  }

  /** ListShareAppsSnapshot: the server's shared apps and their versions, by package name. */
  private CphOutcome snapshot(CphRequest request) {
    CphServer server = batch.server(request.path("server_id"));
    String only = request.query("package_name").orElse("");
    List<ObjectNode> apps = new ArrayList<>();
    for (Map.Entry<String, List<String>> app : server.shareApps.entrySet()) {
      if (only.isEmpty() || app.getKey().equals(only)) {
        ObjectNode node = CphJson.JSON.createObjectNode().put("package_name", app.getKey());
        app.getValue().forEach(node.putArray("versions")::add);
        apps.add(node);
      }
    }
    ObjectNode answer = CphOutcome.markerPage(request, "share_apps", apps, "package_name", 100).body();
    answer.remove("count");
    answer.put("collect_time", CphJson.time(request.now));
    return CphOutcome.ok(answer);
  }

  /** AttachShareFilesystem and DetachShareFilesystem: an SFS Turbo file system on up to 20 servers. */
  private CphOutcome filesystem(CphRequest request, boolean attach) {
    if (!"sfs_turbo".equals(request.text("type")) && !request.text("type").isBlank()) {
      throw CphError.badRequest("CPS.0116", "Parameter: type is invalid.");
    }
    String id = request.required("id", CphError.badRequest("CPS.0164", "Parameter: Invalid property id."));
    return batch.serverTasks(request, serverIds(request, MAX_FILESYSTEM_SERVERS), (item, server) -> {
      if (attach) {
        server.fileSystems.add(id);
      } else {
        server.fileSystems.remove(id);
      }
    });
  }

  private static List<String> serverIds(CphRequest request, int max) {
    List<String> ids = request.strings("server_ids");
    if (ids.isEmpty()) {
      throw CphError.badRequest("CPS.0095", "Parameter: server_ids is empty.");
    }
    if (ids.size() > max) {
      throw CphError.badRequest("CPS.0096", "The number of servers exceeds the limit.");
    }
    return ids;
  }

  private static void obsSource(CphRequest request) {
    String bucket = request.text("bucket_name");
    if (bucket.length() < 3 || bucket.length() > 63 || !bucket.matches("[a-z0-9.-]+")) {
      throw CphError.badRequest("CPS.0134", "Parameter: bucket_name is invalid.");
    }
    if (request.text("object_path").isBlank()) {
      throw CphError.badRequest("CPS.0135", "Parameter: object_path is invalid.");
    }
  }

  private static String packageName(CphRequest request) {
    String name = request.text("package_name");
    if (name.length() > 128 || !PACKAGE_NAME.matcher(name).matches()) {
      throw CphError.badRequest("CPS.0173", "Parameter: package_name is invalid.");
    }
    return name;
  }
}
