package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** InstallApp and SendFile: a batch task (TaskId) with one child per instance, followed through DescribeTasks. */
final class AlibabaTransfers {
  private final AlibabaWorld world;

  AlibabaTransfers(AlibabaWorld world) {
    this.world = world;
  }

  /** InstallApp: AppIdList on the instances of InstanceIdList and of every group in InstanceGroupIdList. */
  ObjectNode installApp(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    List<String> apps = call.requiredList("AppIdList", Integer.MAX_VALUE);
    Set<AlibabaInstance> targets = new LinkedHashSet<>(world.existing(call.list("InstanceIdList",
        Integer.MAX_VALUE)));
    for (String groupId : call.list("InstanceGroupIdList", Integer.MAX_VALUE)) {
      List<AlibabaInstance> members = world.instances.values().stream()
          .filter(instance -> instance.groupId.equals(groupId)).toList();
      if (members.isEmpty()) {
        throw new AlibabaFault(404, "InvalidInstanceGroupId.NotFound",
            "The specified instance group \"" + groupId + "\" does not exist.");
      }
      targets.addAll(members);
    }
    if (targets.isEmpty()) {
      throw AlibabaFault.missing("InstanceIdList.1");
    }
    ArrayNode param = AlibabaJsonOut.JSON.createArrayNode();
    apps.forEach(param::add);
    AlibabaTask batch = start(ex, "InstallApp", "{\"AppIdList\":" + param + "}", new ArrayList<>(targets),
        "INSTALL_FAILED_INTERNAL_ERROR", "installed " + String.join(",", apps));
    // As the service now answers: the child task of each app on each instance (one child covers all apps here).
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("TaskId", batch.id);
    ArrayNode children = out.putArray("ChildTaskInfo");
    batch.children.forEach(child -> apps.forEach(app -> children.addObject().put("AppId", app)
        .put("ChildTaskId", child.id).put("InstanceId", child.instance.id)));
    return out;
  }

  /** SendFile: a file from OSS (UploadType OSS, with UploadEndpoint) or a link (DOWNLOAD_URL) onto instances. */
  ObjectNode sendFile(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    List<AlibabaInstance> targets = world.existing(call.requiredList("AndroidInstanceIdList", Integer.MAX_VALUE));
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
    AlibabaTask batch = start(ex, "SendFile", param, targets, "DownloadFailed", "saved " + folder + "/" + file);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("TaskId", batch.id);
    ArrayNode data = out.putArray("Data");
    batch.children.forEach(child -> data.addObject().put("AndroidInstanceId", child.instance.id)
        .put("TaskId", child.id));
    return out;
  }

  private AlibabaTask start(AlibabaExchange ex, String type, String param, List<AlibabaInstance> targets,
      String failCode, String result) {
    AlibabaTask batch = world.newBatch(type, ex.requestId, param, ex.now);
    Instant doneAt = ex.now.plus(world.jobDuration);
    for (AlibabaInstance instance : targets) {
      String status = instance.status(ex.now);
      if (!instance.settled(ex.now) || !status.equals("RUNNING")) {
        world.addChild(batch, instance, ex.now, "InstanceStatus.Invalid",
            "the instance is " + status + ", " + type + " needs a RUNNING instance", "");
      } else if (world.fails(instance)) {
        ex.touchedFailingPhone = true;
        world.addChild(batch, instance, doneAt, failCode, type + " failed on the instance (injected by the"
            + " fault plan)", "");
      } else {
        world.addChild(batch, instance, doneAt, null, null, result);
      }
    }
    return batch;
  }
}
