package io.cloudphone.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.alibaba.internal.RpcSignatureV1;
import io.cloudphone.core.internal.Encoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A hand-signed V1 call to the fake, for what the typed client will not send: a replayed nonce, an oversized
 * batch, a missing parameter, a wrong secret.
 */
final class AlibabaRawCall {
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /** What the fake answered. */
  record Answer(int status, JsonNode body) {
    String code() {
      return body.path("Code").asText();
    }
  }

  final TreeMap<String, String> query = new TreeMap<>();
  final TreeMap<String, String> form = new TreeMap<>();
  private final FakeAlibabaCloudPhone fake;
  private String secret;

  private AlibabaRawCall(FakeAlibabaCloudPhone fake, String action) {
    this.fake = fake;
    this.secret = fake.credentials().secretAccessKey();
    query.put("Action", action);
    query.put("Version", "2023-09-30");
    query.put("Format", "json");
    query.put("AccessKeyId", fake.credentials().accessKeyId());
    query.put("SignatureMethod", "HMAC-SHA1");
    query.put("SignatureVersion", "1.0");
    query.put("SignatureNonce", UUID.randomUUID().toString());
    query.put("Timestamp", TIMESTAMP.format(fake.time().now()));
  }

  static AlibabaRawCall of(FakeAlibabaCloudPhone fake, String action) {
    return new AlibabaRawCall(fake, action);
  }

  AlibabaRawCall param(String name, String value) {
    query.put(name, value);
    return this;
  }

  AlibabaRawCall formParam(String name, String value) {
    form.put(name, value);
    return this;
  }

  AlibabaRawCall timestamp(Instant at) {
    return param("Timestamp", TIMESTAMP.format(at));
  }

  AlibabaRawCall secret(String otherSecret) {
    this.secret = otherSecret;
    return this;
  }

  /** Signs (over query and form) and sends the call. */
  Answer send() {
    TreeMap<String, String> signed = new TreeMap<>(query);
    signed.putAll(form);
    TreeMap<String, String> sent = new TreeMap<>(query);
    sent.put("Signature", RpcSignatureV1.sign("POST", signed, secret));
    Request.Builder request = new Request.Builder().url(fake.endpoint() + "/?" + encode(sent));
    request.post(RequestBody.create(encode(form),
        form.isEmpty() ? null : MediaType.get("application/x-www-form-urlencoded")));
    try (Response response = HTTP.newCall(request.build()).execute()) {
      return new Answer(response.code(), JSON.readTree(response.body().string()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(Map<String, String> params) {
    StringJoiner out = new StringJoiner("&");
    params.forEach((k, v) -> out.add(Encoding.percentEncode(k) + "=" + Encoding.percentEncode(v)));
    return out.toString();
  }
}
