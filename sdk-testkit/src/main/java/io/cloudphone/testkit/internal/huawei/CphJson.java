package io.cloudphone.testkit.internal.huawei;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Renders fake CPH state in the service's JSON shapes (API reference §5.1, §5.3, §5.4). */
final class CphJson {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String AVAILABILITY_ZONE = "cn-east-3a";
  static final String SERVER_MODEL = "physical.rx1.xlarge";
  static final String PHONE_MODEL = "rx1.cp.c60.d10GPSSD.e1v1";
  static final String IMAGE_ID = "8f0bd1bd4ab84a0f8a2e6e8d4b5fa3c1";

  private CphJson() {}

  /** A phone as ListCloudPhones lists it. */
  static ObjectNode phone(CphPhone phone) {
    ObjectNode node = JSON.createObjectNode()
        .put("phone_name", phone.name)
        .put("server_id", phone.serverId)
        .put("phone_id", phone.id)
        .put("phone_model_name", PHONE_MODEL)
        .put("image_id", IMAGE_ID)
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
        .put("volume_mode", 0).put("property", "{}");
    node.putObject("phone_data_volume").put("volume_type", "GPSSD").put("volume_size", 10);
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
        .put("server_model_name", SERVER_MODEL)
        .put("phone_model_name", PHONE_MODEL)
        .put("keypair_name", "testkit-keypair")
        .put("status", server.status)
        .put("vpc_id", "9a11e291-967f-4dd6-99bd-9be54f10583c")
        .put("cidr", "192.168.0.0/16")
        .put("vpc_cidr", "192.168.0.0/16")
        .put("subnet_id", "c7f9983d-03ca-4a2e-a0e1-d6bd97174669")
        .put("subnet_cidr", "192.168.0.0/24")
        .put("availability_zone", AVAILABILITY_ZONE)
        .put("network_version", "v2")
        .put("enterprise_project_id", "0")
        .put("create_time", time(server.createTime))
        .put("update_time", time(server.createTime));
    String ip = "192.168." + (server.position / 250) + "." + (server.position % 250 + 10);
    node.putArray("addresses").addObject().put("intranet_ip", ip).put("server_ip", ip)
        .put("access_ip", "127.0.0.1").put("public_ip", "127.0.0.1");
    node.putObject("metadata").put("order_id", "CS-FAKE-S" + server.position).put("product_id", "00301-fake-0--0");
    return node;
  }

  /** A server as ShowCloudPhoneServerDetail shows it, with its volumes. */
  static ObjectNode serverDetail(CphServer server, String requestId) {
    ObjectNode node = server(server).put("request_id", requestId);
    node.putArray("volumes").addObject().put("volume_name", "VOLUME_" + server.id).put("volume_id", server.id)
        .put("volume_size", 600).put("volume_type", "SSD").put("create_time", time(server.createTime))
        .put("update_time", time(server.createTime));
    node.putArray("security_groups").add("7f46bf9e-9050-48d6-9034-65711f9595f8");
    return node;
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
