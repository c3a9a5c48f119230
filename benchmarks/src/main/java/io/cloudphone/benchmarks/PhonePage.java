package io.cloudphone.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * A ListCloudPhones answer of 100 phones with the fields of the seed's phone structure (the same fields as
 * sdk-huawei's ListCloudPhones.json fixture), compact JSON as the service sends it, about 43 KB.
 */
final class PhonePage {
  private PhonePage() {}

  static byte[] json(int phones) {
    StringBuilder out = new StringBuilder(phones * 450 + 100);
    out.append("{\"request_id\":\"6a63a18b8bab40ffb71ebd9cb80d0085\",\"count\":").append(phones * 3)
        .append(",\"phones\":[");
    for (int i = 0; i < phones; i++) {
      if (i > 0) {
        out.append(',');
      }
      String n = String.format("%04d", i + 1);
      out.append("{\"phone_name\":\"mobile-").append(n).append('"')
          .append(",\"server_id\":\"88b8449b896f3a4f0ad57222dd9").append(String.format("%04d", i / 20)).append('"')
          .append(",\"phone_id\":\"1234567b8bab40ffb711234cb80d").append(n).append('"')
          .append(",\"phone_model_name\":\"AOSP-1U4G15G-001\"")
          .append(",\"image_id\":\"88b8449b896f3a4f0ad57222dd91909\"")
          .append(",\"vnc_enable\":\"").append(i % 3 == 0 ? "true" : "false").append('"')
          .append(",\"status\":").append(i % 7 == 0 ? 8 : 2)
          .append(",\"type\":0")
          .append(",\"metadata\":{\"order_id\":\"CS1710111105S8").append(n).append("\",\"product_id\":\"00301-25217-0--0\"}")
          .append(",\"availability_zone\":\"cn-north-4a\"")
          .append(",\"create_time\":\"2017-10-10T00:00:").append(String.format("%02d", i % 60)).append("Z\"")
          .append(",\"update_time\":\"2018-10-10T00:").append(String.format("%02d", i % 60)).append(":00Z\"")
          .append('}');
    }
    out.append("]}");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
