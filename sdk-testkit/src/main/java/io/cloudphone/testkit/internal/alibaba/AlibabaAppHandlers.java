package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Apps: uploaded (CreateApp), listed, changed and deleted, and installed, uninstalled or operated on instances.
 * Each instance remembers each app's install state, which DescribeApps reports as InstallationStatus for an
 * instance asked about. Install and uninstall are batch tasks DescribeTasks follows. InstallApp takes app ids
 * the fake never saw (tests and the neutral client name apps uploaded elsewhere); they are installed but not
 * listed by DescribeApps.
 */
final class AlibabaAppHandlers {
  private static final Set<String> OPERATIONS = Set.of("START", "RESTART", "STOP", "CLEAR_APP_DATA");

  private final AlibabaWorld world;

  AlibabaAppHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("CreateApp", this::create)
        .on("DescribeApps", this::describe)
        .on("ModifyApp", this::modify)
        .on("DeleteApps", this::delete)
        .on("InstallApp", ex -> install(ex, "InstallApp", "installed"))
        .on("UninstallApp", ex -> install(ex, "UninstallApp", "uninstalled"))
        .on("OperateApp", this::operate);
  }

  /** CreateApp: an app from OSS (OssAppUrl) or a file path; AppName up to 64 characters. */
  private ObjectNode create(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    String name = call.string("AppName").orElseThrow(() -> AlibabaFault.missing("AppName"));
    if (name.length() > 64) {
      throw AlibabaFault.invalid("AppName", "takes at most 64 characters");
    }
    if (call.string("OssAppUrl").isEmpty() && call.string("FileName").isEmpty()
        && call.object("CustomAppInfo").isEmpty()) {
      throw AlibabaFault.missing("OssAppUrl");
    }
    ObjectNode app = world.apps.create().put("AppName", name).put("AppType", "Custom")
        .put("PackageName", "com.fake." + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""))
        .put("AndroidAppVersion", "1.0.0").put("ApkSize", "10.0MB").put("Status", "AVAILABLE")
        .put("BizRegionId", call.string("BizRegionId").orElse(world.regionId))
        .put("Description", call.string("Description").orElse(""))
        .put("IconUrl", call.string("IconUrl").orElse(""))
        .put("GmtCreate", AlibabaJsonOut.dateTime(ex.now)).put("GmtModified", AlibabaJsonOut.dateTime(ex.now));
    app.put("AppId", Integer.parseInt(world.apps.id(app)));
    return AlibabaJsonOut.answer(ex.requestId).put("AppId", app.path("AppId").asInt());
  }

  /** DescribeApps: with InstallationStatus, only apps in that state on some instance are listed. */
  private ObjectNode describe(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    List<String> ids = call.ids("AppIdList", 100);
    Optional<String> name = call.string("AppName");
    Optional<String> installation = call.string("InstallationStatus");
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode app : world.apps.where(a -> true)) {
      String id = world.apps.id(app);
      if (!ids.isEmpty() && !ids.contains(id) || !name.map(n -> app.path("AppName").asText().contains(n))
          .orElse(true)) {
        continue;
      }
      Set<String> states = new LinkedHashSet<>();
      world.instances.values().forEach(instance -> Optional.ofNullable(instance.apps.get(id)).ifPresent(states::add));
      if (installation.isPresent() && !states.contains(installation.get())) {
        continue;
      }
      ObjectNode shown = app.deepCopy();
      installation.or(() -> states.stream().findFirst()).ifPresent(state -> shown.put("InstallationStatus", state));
      ArrayNode groups = shown.putArray("InstanceGroupList");
      world.instances.values().stream().filter(instance -> "installed".equals(instance.apps.get(id)))
          .map(instance -> instance.groupId).distinct().forEach(groups::add);
      matching.add(shown);
    }
    return AlibabaPaging.answer(ex, "apps", matching, 20, 100, "Data");
  }

  private ObjectNode modify(AlibabaExchange ex) {
    ObjectNode app = world.apps.get(ex.call.required("AppId"));
    ex.call.string("AppName").ifPresent(name -> {
      if (name.length() > 64) {
        throw AlibabaFault.invalid("AppName", "takes at most 64 characters");
      }
      app.put("AppName", name);
    });
    ex.call.string("Description").ifPresent(text -> app.put("Description", text));
    ex.call.string("IconUrl").ifPresent(url -> app.put("IconUrl", url));
    app.put("GmtModified", AlibabaJsonOut.dateTime(ex.now));
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** DeleteApps: an app installed on an instance cannot be deleted. */
  private ObjectNode delete(AlibabaExchange ex) {
    List<String> ids = ex.call.requiredIds("AppIdList", 100);
    world.apps.getAll(ids);
    for (String id : ids) {
      world.instances.values().stream().filter(instance -> "installed".equals(instance.apps.get(id))).findFirst()
          .ifPresent(instance -> {
            throw new AlibabaFault(400, "OperationConflict.AppInstalled", "The app " + id + " is installed on "
                + instance.id + "; uninstall it first.");
          });
    }
    ids.forEach(id -> {
      world.apps.remove(id);
      world.instances.values().forEach(instance -> instance.apps.remove(id));
    });
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** InstallApp / UninstallApp: apps on named instances and on every instance of named groups. */
  private ObjectNode install(AlibabaExchange ex, String type, String state) {
    AlibabaRpcCall call = ex.call;
    List<String> apps = call.requiredIds("AppIdList", 100);
    if (type.equals("UninstallApp")) {
      apps.forEach(world.apps::get);
    }
    Set<AlibabaInstance> targets = new LinkedHashSet<>(world.existing(call.ids("InstanceIdList", 100)));
    for (String groupId : call.ids("InstanceGroupIdList", 100)) {
      world.groups.get(groupId);
      targets.addAll(world.members(groupId));
    }
    if (targets.isEmpty()) {
      throw AlibabaFault.missing("InstanceIdList.1");
    }
    AlibabaTask batch = world.runningJob(ex, type, "{\"AppIdList\":" + AlibabaJsonOut.array(apps) + "}",
        new ArrayList<>(targets), type.equals("InstallApp") ? "INSTALL_FAILED_INTERNAL_ERROR" : "DELETE_FAILED",
        state + " " + String.join(",", apps));
    for (AlibabaTask child : batch.children) {
      if (child.failCode == null) {
        apps.forEach(app -> child.instance.apps.put(app, state));
      }
    }
    // As the service now answers: the child task of each app on each instance (one child covers all apps here).
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("TaskId", batch.id);
    ArrayNode children = out.putArray("ChildTaskInfo");
    batch.children.forEach(child -> apps.forEach(app -> children.addObject().put("AppId", app)
        .put("ChildTaskId", child.id).put("InstanceId", child.instance.id)));
    return out;
  }

  /** OperateApp: START, RESTART, STOP or CLEAR_APP_DATA of an installed app. */
  private ObjectNode operate(AlibabaExchange ex) {
    String appId = ex.call.required("AppId");
    world.apps.get(appId);
    String operation = ex.call.oneOf("OperateType", OPERATIONS, null);
    if (operation == null) {
      throw AlibabaFault.missing("OperateType");
    }
    List<AlibabaInstance> targets = world.existing(ex.call.requiredIds("InstanceIdList", 100));
    AlibabaTask batch = world.instanceJob(ex, "OperateApp", "{\"OperateType\":\"" + operation + "\"}", targets,
        "OperateAppFailed", operation, (instance, status) -> status.equals("RUNNING")
            && "installed".equals(instance.apps.get(appId)));
    return AlibabaJsonOut.answer(ex.requestId).put("TaskId", batch.id);
  }
}
