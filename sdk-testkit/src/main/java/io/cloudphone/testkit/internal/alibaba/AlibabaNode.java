package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/** One cloud phone matrix (node) of the fake, as DescribeCloudPhoneNodes lists it. */
final class AlibabaNode {
  final String id;
  final Instant createdAt;
  String name;
  int phoneCount;
  String status;
  String instanceType = "ac.max";
  int shareDataVolume = 100;
  int phoneDataVolume = 32;
  int streamMode;
  boolean autoRenew;
  Instant modifiedAt;
  Instant expiresAt;

  AlibabaNode(String id, String name, String status, int phoneCount, Instant createdAt) {
    this.id = id;
    this.name = name;
    this.status = status;
    this.phoneCount = phoneCount;
    this.createdAt = createdAt;
    this.modifiedAt = createdAt;
    this.expiresAt = createdAt.plus(Duration.ofDays(365));
  }

  ObjectNode toJson(ObjectNode out, String regionId, java.util.Map<String, String> tags) {
    out.put("NodeId", id)
        .put("NodeName", name)
        .put("Status", status)
        .put("ServerType", "cpm.gx7.10xlarge")
        .put("InstanceType", instanceType)
        .put("PhoneCount", phoneCount)
        .put("Cpu", "2")
        .put("Memory", 32)
        .put("ResolutionWidth", 720)
        .put("ResolutionHeight", 1280)
        .put("ShareDataVolume", shareDataVolume)
        .put("PhoneDataVolume", phoneDataVolume)
        .put("StreamMode", streamMode)
        .put("SwapSize", 0)
        .put("RegionId", regionId)
        .put("ChargeType", "PrePaid")
        .put("NetworkId", regionId + "+dir-fake0000001")
        .put("NetworkType", "network_pro_ecd")
        .put("VSwitchId", "vsw-fake0000000001")
        .put("GmtCreate", AlibabaJsonOut.dateTime(createdAt))
        .put("GmtModified", AlibabaJsonOut.dateTime(modifiedAt))
        .put("GmtExpired", AlibabaJsonOut.dateTime(expiresAt));
    out.putArray("NetworkInfos");
    out.putArray("BizTags");
    AlibabaJsonOut.tags(out.putArray("Tags"), tags);
    return out;
  }
}
