package io.cloudphone.testkit.internal.huawei;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import io.cloudphone.testkit.internal.FakeIds;

/** Renders fake CPH state in the service's JSON shapes (API reference §5.1, §5.3, §5.4). */
final class CphJson {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String AVAILABILITY_ZONE = "cn-east-3a";
  static final String SERVER_MODEL = "physical.rx1.xlarge";
  static final String PHONE_MODEL = "rx1.cp.c60.d10GPSSD.e1v1";
  static final String IMAGE_ID = "8f0bd1bd4ab84a0f8a2e6e8d4b5fa3c1";
  static final String KEYPAIR = "testkit-keypair";
  static final int PHONE_VOLUME_GB = 10;
  /** The account that shares the fake's shared image. */
  static final String OTHER_PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

  private CphJson() {}

  /** A phone as ListCloudPhones lists it. */
  static ObjectNode phone(CphPhone phone) {
    ObjectNode node = JSON.createObjectNode()
        .put("phone_name", phone.name)
        .put("server_id", phone.serverId)
        .put("phone_id", phone.id)
        .put("phone_model_name", phone.phoneModelName)
        .put("image_id", phone.imageId)
        .put("vnc_enable", "false")
        .put("status", phone.status)
        .put("type", 0)
        .put("availability_zone", AVAILABILITY_ZONE)
        .put("create_time", time(phone.createTime))
        .put("update_time", time(phone.updateTime));
    node.putObject("metadata").put("order_id", "CS-FAKE-" + phone.position).put("product_id", "00301-fake-0--0");
    return node;
  }

  /** A phone as ShowCloudPhoneDetail shows it, with its access addresses. */
  static ObjectNode phoneDetail(CphPhone phone, String requestId) {
    ObjectNode node = phone(phone);
    node.put("request_id", requestId).put("image_version", "AOSP 12.0").put("traffic_type", "direct")
        .put("volume_mode", 0).put("property", phone.property).put("traffic_type", phone.trafficType);
    node.putObject("phone_data_volume").put("volume_type", "GPSSD").put("volume_size", phone.volumeSize);
    String phoneIp = "10.237." + (phone.position / 250) + "." + (phone.position % 250 + 2);
    for (int i = 1; i <= 2; i++) {
      node.withArray("access_infos").addObject().put("type", "server" + i).put("device_ip", phoneIp)
          .put("phone_ip", phoneIp).put("listen_port", 38079 + i).put("access_ip", "127.0.0.1")
          .put("public_ip", "127.0.0.1").put("intranet_ip", "192.168.0.10").put("server_ip", "192.168.0.10")
          .put("access_port", 14300 + phone.position * 2 + i);
    }
    return node;
  }

  /** A server as ListCloudPhoneServers lists it. */
  static ObjectNode server(CphServer server) {
    ObjectNode node = JSON.createObjectNode()
        .put("server_name", server.name)
        .put("server_id", server.id)
        .put("server_model_name", server.serverModelName)
        .put("phone_model_name", server.phoneModelName)
        .put("keypair_name", server.keypairName)
        .put("status", server.status)
        .put("vpc_id", "9a11e291-967f-4dd6-99bd-9be54f10583c")
        .put("cidr", "192.168.0.0/16")
        .put("vpc_cidr", "192.168.0.0/16")
        .put("subnet_id", "c7f9983d-03ca-4a2e-a0e1-d6bd97174669")
        .put("subnet_cidr", "192.168.0.0/24")
        .put("availability_zone", AVAILABILITY_ZONE)
        .put("network_version", server.networkVersion)
        .put("enterprise_project_id", "0")
        .put("create_time", time(server.createTime))
        .put("update_time", time(server.updateTime));
    String ip = "192.168." + (server.position / 250) + "." + (server.position % 250 + 10);
    node.putArray("addresses").addObject().put("intranet_ip", ip).put("server_ip", ip)
        .put("access_ip", "127.0.0.1").put("public_ip", "127.0.0.1");
    node.putObject("metadata").put("order_id", server.orderId).put("product_id", "00301-fake-0--0");
    return node;
  }

  /** A server as ShowCloudPhoneServerDetail shows it, with its volumes. */
  static ObjectNode serverDetail(CphServer server, CphState state, String requestId) {
    ObjectNode node = server(server).put("request_id", requestId);
    node.putArray("volumes").addObject().put("volume_name", "VOLUME_" + server.id).put("volume_id", server.id)
        .put("volume_size", 600).put("volume_type", "SSD").put("create_time", time(server.createTime))
        .put("update_time", time(server.createTime));
    node.putArray("security_groups").add("7f46bf9e-9050-48d6-9034-65711f9595f8");
    ArrayNode bandwidths = node.putArray("band_widths");
    if (server.bandwidthId != null && state.bandwidths.containsKey(server.bandwidthId)) {
      bandwidths.add(bandwidth(state.bandwidths.get(server.bandwidthId)));
    }
    return node;
  }

  /** A shared bandwidth as ShowBandwidthDetail lists it. */
  static ObjectNode bandwidth(CphBandwidth bandwidth) {
    return JSON.createObjectNode().put("band_width_name", bandwidth.name).put("band_width_id", bandwidth.id)
        .put("band_width_size", bandwidth.size).put("band_width_charge_mode", bandwidth.chargeMode)
        .put("band_width_share_type", bandwidth.shareType).put("create_time", time(bandwidth.createTime))
        .put("update_time", time(bandwidth.updateTime));
  }

  /** An encode server as ListEncodeServers lists it. */
  static ObjectNode encodeServer(CphEncodeServer encode, CphServer server) {
    ObjectNode node = JSON.createObjectNode().put("encode_server_name", encode.name)
        .put("encode_server_id", encode.id).put("encode_server_ip", encode.ip).put("server_id", encode.serverId)
        .put("keypair_name", server == null ? KEYPAIR : server.keypairName).put("type", 1)
        .put("status", encode.status);
    node.putArray("access_infos").addObject().put("listen_port", 8080).put("access_ip", "127.0.0.1")
        .put("intranet_ip", encode.ip).put("public_ip", "127.0.0.1").put("server_ip", encode.ip)
        .put("access_port", 18080 + encode.position).put("type", "server1");
    return node;
  }

  /** A custom image as ListImages lists it. */
  static ObjectNode image(CphImage image, String projectId) {
    ObjectNode node = JSON.createObjectNode().put("domain_id", "0c3b1f0a7d80d2a90f1ec006d9e55a06")
        .put("image_name", image.name).put("image_id", image.id).put("image_version", "AOSP 12.0")
        .put("image_type", image.type).put("status", image.status).put("image_size", 6_442_450_944L)
        .put("create_time", time(image.createTime)).put("update_time", time(image.createTime));
    if (image.type.equals("private")) {
      node.put("project_id", projectId);
    } else {
      node.put("src_project_id", image.srcProjectId);
    }
    return node;
  }

  /** An image member as ListImageMembers lists it. */
  static ObjectNode member(CphImage image, CphImage.Member member) {
    return JSON.createObjectNode().put("image_id", image.id).put("member_id", member.memberId)
        .put("create_time", time(member.createTime)).put("update_time", time(member.updateTime));
  }

  /** A scheduled event as ListScheduledEvents lists it. */
  static ObjectNode event(CphScheduledEvent event, CphServer server) {
    ObjectNode node = JSON.createObjectNode().put("event_id", event.id).put("server_id", event.serverId)
        .put("type", event.type).put("state", event.state).put("publish_time", time(event.publishTime))
        .put("not_before", time(event.notBefore)).put("not_after", time(event.notAfter))
        .put("not_before_deadline", time(event.notAfter.minusSeconds(3600)))
        .put("description", "Planned maintenance of the server's host.");
    if (server != null) {
      node.put("server_name", server.name).put("server_model_name", server.serverModelName)
          .put("server_state", server.status);
    }
    if (event.authorizationType != null) {
      node.put("authorization_type", event.authorizationType);
    }
    if (event.startTime != null) {
      node.put("start_time", time(event.startTime));
    }
    if (event.finishTime != null) {
      node.put("finish_time", time(event.finishTime));
    }
    return node;
  }

  /** An id shaped like a UUID (Huawei's VPC, bandwidth and event ids), derived from {@code parts}. */
  static String uuid(Object... parts) {
    String hex = FakeIds.hex32(parts);
    return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
        + hex.substring(16, 20) + "-" + hex.substring(20)).toString();
  }

  /** A job as ListJobs and ShowJob report it at {@code now}. */
  static ObjectNode job(CphJob job, Instant now) {
    ObjectNode node = JSON.createObjectNode();
    if (job.phoneId != null) {
      node.put("phone_id", job.phoneId);
    }
    if (job.serverId != null) {
      node.put("server_id", job.serverId).put("node_id", job.serverId);
    }
    int status = job.status(now);
    node.put("job_id", job.id).put("begin_time", time(job.begin)).put("status", status);
    if (status == 1) {
      return node;
    }
    node.put("end_time", time(job.end));
    node.put("error_code", job.fails ? job.errorCode : "").put("error_msg", job.fails ? job.errorMsg : "");
    if (job.output != null) {
      node.put("execute_msg", job.output);
    }
    return node;
  }

  /** CPH's UTC timestamp format, to the second. */
  static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
