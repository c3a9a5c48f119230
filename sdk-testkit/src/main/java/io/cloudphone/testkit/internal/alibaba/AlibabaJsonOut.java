package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.testkit.internal.FakeAnswer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Writes the fake's answers in eds-aic's shapes: PascalCase JSON, its two time formats, its error body. */
final class AlibabaJsonOut {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private AlibabaJsonOut() {}

  /** A fresh object for an answer, starting with its RequestId. */
  static ObjectNode answer(String requestId) {
    return JSON.createObjectNode().put("RequestId", requestId);
  }

  /** {@code 2023-05-06 10:42:10}: how GmtCreate, GmtModified and invocation times are written (UTC). */
  static String dateTime(Instant at) {
    return DATE_TIME.format(at);
  }

  /** {@code 2022-10-11T08:53:32Z}: how task times are written. */
  static String iso(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Writes tags as eds-aic lists them: {@code [{"Key":..,"Value":..}]}. */
  static void tags(com.fasterxml.jackson.databind.node.ArrayNode out, java.util.Map<String, String> tags) {
    tags.forEach((key, value) -> out.addObject().put("Key", key).put("Value", value));
  }

  /** A JSON array of texts. */
  static com.fasterxml.jackson.databind.node.ArrayNode array(java.util.Collection<String> items) {
    com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
    items.forEach(out::add);
    return out;
  }

  /** A 200 answer. */
  static FakeAnswer ok(String operation, ObjectNode body, String requestId) {
    return FakeAnswer.ok(operation, body.toString(), requestId).withHeader("x-acs-request-id", requestId);
  }

  /** Alibaba's error body: {@code {RequestId, HostId, Code, Message, Recommend}}. */
  static FakeAnswer error(String operation, AlibabaFault fault, String requestId, String hostId) {
    ObjectNode body = answer(requestId).put("HostId", hostId).put("Code", fault.code)
        .put("Message", fault.getMessage())
        .put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + fault.code + "&product=eds-aic&requestId="
            + requestId);
    return FakeAnswer.error(operation, fault.status, body.toString(), fault.code, requestId)
        .withHeader("x-acs-request-id", requestId);
  }
}
