package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/** One cloud phone matrix (node) of the fake, as DescribeCloudPhoneNodes lists it. */
final class AlibabaNode {
  final String id;
  final String name;
  final int phoneCount;
  final Instant createdAt;
  String status;

  AlibabaNode(String id, String name, String status, int phoneCount, Instant createdAt) {
    this.id = id;
    this.name = name;
    this.status = status;
    this.phoneCount = phoneCount;
    this.createdAt = createdAt;
  }

  ObjectNode toJson(ObjectNode out, String regionId) {
    out.put("NodeId", id)
        .put("NodeName", name)
        .put("Status", status)
        .put("ServerType", "cpm.gx7.10xlarge")
        .put("InstanceType", "ac.max")
        .put("PhoneCount", phoneCount)
        .put("Cpu", "2")
        .put("Memory", 32)
        .put("ResolutionWidth", 720)
        .put("ResolutionHeight", 1280)
        .put("ShareDataVolume", 100)
        .put("SwapSize", 0)
        .put("RegionId", regionId)
        .put("ChargeType", "PrePaid")
        .put("NetworkId", regionId + "+dir-fake0000001")
        .put("NetworkType", "network_pro_ecd")
        .put("VSwitchId", "vsw-fake0000000001")
        .put("GmtCreate", AlibabaJsonOut.dateTime(createdAt))
        .put("GmtModified", AlibabaJsonOut.dateTime(createdAt))
        .put("GmtExpired", AlibabaJsonOut.dateTime(createdAt.plus(Duration.ofDays(365))));
    out.putArray("NetworkInfos");
    out.putArray("BizTags");
    return out;
  }
}
