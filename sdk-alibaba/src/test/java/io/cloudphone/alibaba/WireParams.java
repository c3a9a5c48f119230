package io.cloudphone.alibaba;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reading helpers for the wire tests of the newer operations: the operation's own query parameters, JSON text. */
final class WireParams {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parameters every signed V1 call carries, whatever the operation. */
  private static final Set<String> COMMON = Set.of("Action", "Version", "Format", "AccessKeyId",
      "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "Signature", "SecurityToken");

  private WireParams() {}

  /** The query parameters the operation itself put there (RegionId included: some operations take it). */
  static Map<String, String> operationQuery(SentRpcRequest sent) {
    Map<String, String> query = new TreeMap<>(sent.query());
    query.keySet().removeAll(COMMON);
    return query;
  }

  /** Parses JSON text, accepting single quotes for readability in tests. */
  static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON text exactly as sent. */
  static JsonNode jsonExact(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
