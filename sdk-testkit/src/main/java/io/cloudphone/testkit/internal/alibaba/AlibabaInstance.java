package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * One Android instance of the fake: its raw {@code AndroidInstanceStatus}, and at most one transition under way
 * (e.g. REBOOTING until a given instant, then RUNNING — or UNAVAILABLE with an error code when it was made to
 * fail). Guarded by the state's lock.
 */
final class AlibabaInstance {
  final String id;
  final String nodeId;
  String groupId;
  String groupName;
  final int position;
  final Instant createdAt;
  String name;
  Instant modifiedAt;
  String imageId = AlibabaWorld.PUBLIC_IMAGE;
  String keyPairId;
  String authorizedUserId;
  String policyGroupId;
  boolean adb;
  boolean adbSecure;
  boolean monitorAgent;
  /** Display settings as DescribeDisplayConfig answers them. */
  final ObjectNode display = AlibabaJsonOut.JSON.createObjectNode().put("ResolutionWidth", 720)
      .put("ResolutionHeight", 1280).put("Dpi", 240).put("Fps", 30).put("LockResolution", "off");
  /** App id to installation status (installed, uninstalled...). */
  final java.util.Map<String, String> apps = new java.util.LinkedHashMap<>();
  /** System properties the instance reports (build.prop style), as template ids sent made them. */
  final java.util.Map<String, String> properties = new java.util.TreeMap<>();
  private String status;
  private String errorCode;
  private String pendingStatus;
  private String pendingError;
  private Instant pendingAt;

  AlibabaInstance(String id, String name, String nodeId, String groupId, String groupName, int position,
      String status, Instant createdAt) {
    this.id = id;
    this.name = name;
    this.nodeId = nodeId;
    this.groupId = groupId;
    this.groupName = groupName;
    this.position = position;
    this.status = status;
    this.createdAt = createdAt;
    this.modifiedAt = createdAt;
  }

  /** The status at {@code now}, finishing a transition that has come due. */
  String status(Instant now) {
    if (pendingAt != null && !now.isBefore(pendingAt)) {
      status = pendingStatus;
      errorCode = pendingError;
      modifiedAt = pendingAt;
      pendingStatus = null;
      pendingError = null;
      pendingAt = null;
    }
    return status;
  }

  /** Whether no transition is under way at {@code now}. */
  boolean settled(Instant now) {
    status(now);
    return pendingAt == null;
  }

  /** Enters {@code transitional} now and {@code target} at {@code doneAt}, or UNAVAILABLE with {@code failCode}. */
  void transition(String transitional, String target, Instant now, Instant doneAt, String failCode) {
    status = transitional;
    errorCode = null;
    modifiedAt = now;
    pendingStatus = failCode == null ? target : "UNAVAILABLE";
    pendingError = failCode;
    pendingAt = doneAt;
  }

  /** Sets the status at once, ending any transition (for tests that arrange a state). */
  void force(String raw, Instant now) {
    status = raw;
    errorCode = null;
    pendingAt = null;
    pendingStatus = null;
    pendingError = null;
    modifiedAt = now;
  }

  Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The instance's private address, derived from its position in the fleet. */
  String ip() {
    return "192.168." + (position / 250) + "." + (position % 250 + 2);
  }

  /** The instance as DescribeAndroidInstances lists it. */
  ObjectNode toJson(ObjectNode out, Instant now, String regionId, java.util.Map<String, String> tags) {
    out.put("AndroidInstanceId", id)
        .put("AndroidInstanceName", name)
        .put("AndroidInstanceStatus", status(now))
        .put("AndroidInstanceGroupId", groupId)
        .put("AndroidInstanceGroupName", groupName)
        .put("NetworkInterfaceIp", ip())
        .put("RegionId", regionId)
        .put("ZoneId", regionId + "-h")
        .put("InstanceType", "ac.max")
        .put("ChargeType", "PrePaid")
        .put("ImageId", imageId)
        .put("ImageVersion", "3.5.3.867")
        .put("SystemVersion", "Android 12")
        .put("Cpu", "2")
        .put("Memory", 4096)
        .put("RenderingType", "local")
        .put("SessionStatus", "disconnect")
        .put("ServerType", "cpm.gx7.10xlarge")
        .put("ServerStatus", "RUNNING")
        .put("GmtCreate", AlibabaJsonOut.dateTime(createdAt))
        .put("GmtModified", AlibabaJsonOut.dateTime(modifiedAt));
    errorCode().ifPresent(code -> out.put("ErrorCode", code));
    java.util.Optional.ofNullable(keyPairId).ifPresent(id -> out.put("KeyPairId", id));
    java.util.Optional.ofNullable(authorizedUserId).ifPresent(id -> out.put("AuthorizedUserId", id));
    java.util.Optional.ofNullable(policyGroupId).ifPresent(id -> out.put("PolicyGroupId", id));
    out.set("DisplayConfig", display.deepCopy());
    out.putArray("Disks").addObject().put("DiskType", "SYSTEM").put("DiskSize", 32);
    AlibabaJsonOut.tags(out.putArray("Tags"), tags);
    return out;
  }
}
