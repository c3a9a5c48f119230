package io.cloudphone.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * A DescribeAndroidInstances answer of N instances, compact JSON as the service sends it: every instance is the
 * item of sdk-alibaba's fixture {@code alibaba/DescribeAndroidInstances.json} (copied onto the benchmark class
 * path by the module's pom) with its ids varied, about 1.8 KB each, so 100 instances are about 181 KB.
 */
final class InstancePage {
  static final String FIXTURE = "/alibaba/DescribeAndroidInstances.json";
  static final String REQUEST_ID = "F07A1DA1-E1EB-5CCA-8EED-12F85D320085";

  private InstancePage() {}

  static byte[] json(int instances) {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode fixture;
    try (InputStream in = InstancePage.class.getResourceAsStream(FIXTURE)) {
      if (in == null) {
        throw new IllegalStateException(FIXTURE + " is not on the class path");
      }
      fixture = mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode item = (ObjectNode) fixture.get("InstanceModel").get(0);
    ObjectNode page = mapper.createObjectNode();
    page.put("RequestId", REQUEST_ID);
    page.put("TotalCount", instances * 10);
    page.put("NextToken", "AAAAAV3MpHK1AP0pfERHZN5pu6kmma/xxE9WtwL/ADvZ+a*b");
    ArrayNode list = page.putArray("InstanceModel");
    for (int i = 0; i < instances; i++) {
      list.add(vary(item.deepCopy(), i));
    }
    try {
      return mapper.writeValueAsBytes(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture masks the tail of every id as "****": fill it with the instance number, same length. */
  private static ObjectNode vary(ObjectNode item, int i) {
    String n = String.format("%04d", i + 1);
    Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (value.isTextual() && value.asText().endsWith("****")) {
        String text = value.asText();
        field.setValue(item.textNode(text.substring(0, text.length() - 4) + n));
      }
    }
    item.put("AndroidInstanceName", "name-" + n);
    item.put("NetworkInterfaceIp", "192.168." + (i / 250) + "." + (i % 250 + 1));
    item.put("GmtCreate", String.format("2023-05-06 10:%02d:%02d", i % 60, (i * 7) % 60));
    item.put("AndroidInstanceStatus", i % 9 == 0 ? "STOPPED" : "RUNNING");
    return item;
  }
}
