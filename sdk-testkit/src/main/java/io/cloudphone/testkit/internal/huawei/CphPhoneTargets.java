package io.cloudphone.testkit.internal.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;

/**
 * The phones a CPH request targets, for the request log: the phone id in the path
 * ({@code /cloud-phone/phones/{phone_id}}), then the JSON body's {@code phone_ids} (stop, commands) and
 * {@code phones[].phone_id} (restart, reset), in the order sent.
 */
final class CphPhoneTargets {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH_PHONE = Pattern.compile("/cloud-phone/phones/([0-9a-f]{32})(?:/|$)");

  private CphPhoneTargets() {}

  static List<String> of(RecordedRequest request) {
    List<String> ids = new ArrayList<>();
    Matcher path = PATH_PHONE.matcher(request.getUrl().encodedPath());
    if (path.find()) {
      ids.add(path.group(1));
    }
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    if (body.length == 0) {
      return ids;
    }
    JsonNode root;
    try {
      root = JSON.readTree(new String(body, StandardCharsets.UTF_8));
    } catch (IOException notJson) {
      return ids;
    }
    if (root == null || !root.isObject()) {
      return ids;
    }
    root.path("phone_ids").forEach(id -> ids.add(id.asText()));
    root.path("phones").forEach(phone -> {
      if (phone.hasNonNull("phone_id")) {
        ids.add(phone.get("phone_id").asText());
      }
    });
    return ids;
  }
}
