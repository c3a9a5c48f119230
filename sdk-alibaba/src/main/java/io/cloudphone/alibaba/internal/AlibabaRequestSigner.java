package io.cloudphone.alibaba.internal;

import io.cloudphone.alibaba.AlibabaSignatureVersion;
import io.cloudphone.core.CredentialsException;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.auth.Credentials;
import io.cloudphone.core.auth.CredentialsProvider;
import io.cloudphone.core.internal.Crypto;
import io.cloudphone.core.internal.Encoding;
import io.cloudphone.core.internal.Endpoint;
import io.cloudphone.core.internal.SdkVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Builds one signed attempt of an eds-aic call ({@code POST /}), with a fresh {@code SignatureNonce} and
 * {@code Timestamp} each time, so a retried request is never refused as a replay.
 */
final class AlibabaRequestSigner {
  static final String API_VERSION = "2023-09-30";
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final String USER_AGENT = SdkVersion.userAgent();

  private final Endpoint endpoint;
  private final AlibabaSignatureVersion version;
  private final CredentialsProvider credentials;
  private final Supplier<String> nonces;

  AlibabaRequestSigner(URI endpoint, AlibabaSignatureVersion version, CredentialsProvider credentials,
      Supplier<String> nonces) {
    this.endpoint = Endpoint.of(endpoint);
    this.version = version;
    this.credentials = credentials;
    this.nonces = nonces;
  }

  /** A signed request for {@code action} with {@code parameters} at {@code now}. */
  Request sign(String action, RpcParameters parameters, Instant now) {
    AccessKeyCredentials keys = accessKeys();
    byte[] body = encode(parameters.form()).getBytes(StandardCharsets.UTF_8);
    Request.Builder builder = new Request.Builder().header("Host", endpoint.hostHeader()).header("User-Agent", USER_AGENT);
    TreeMap<String, String> query = new TreeMap<>(parameters.query());
    String nonce = nonces.get();
    String timestamp = TIMESTAMP.format(now);
    if (version == AlibabaSignatureVersion.V1_HMAC_SHA1) {
      query.put("Action", action);
      query.put("Version", API_VERSION);
      query.put("Format", "json");
      query.put("AccessKeyId", keys.accessKeyId());
      query.put("SignatureMethod", "HMAC-SHA1");
      query.put("SignatureVersion", "1.0");
      query.put("SignatureNonce", nonce);
      query.put("Timestamp", timestamp);
      keys.securityToken().ifPresent(token -> query.put("SecurityToken", token));
      TreeMap<String, String> signed = new TreeMap<>(query);
      signed.putAll(parameters.form());
      query.put("Signature", RpcSignatureV1.sign("POST", signed, keys.secretAccessKey()));
    } else {
      TreeMap<String, String> headers = new TreeMap<>();
      headers.put("host", endpoint.hostHeader());
      if (body.length > 0) {
        headers.put("content-type", FORM.toString());
      }
      headers.put("x-acs-action", action);
      headers.put("x-acs-version", API_VERSION);
      headers.put("x-acs-date", timestamp);
      headers.put("x-acs-signature-nonce", nonce);
      headers.put("x-acs-content-sha256", Crypto.sha256Hex(body));
      keys.securityToken().ifPresent(token -> headers.put("x-acs-security-token", token));
      headers.forEach((name, value) -> {
        if (!name.equals("host") && !name.equals("content-type")) {
          builder.header(name, value);
        }
      });
      builder.header("Authorization", Acs3Signature.authorization("POST", "/", query, headers,
          headers.get("x-acs-content-sha256"), keys.accessKeyId(), keys.secretAccessKey()));
    }
    String encodedQuery = encode(query);
    return builder.url(url(encodedQuery))
        .post(RequestBody.create(body, body.length > 0 ? FORM : null))
        .build();
  }

  /** {@code POST /} with the query: only the query is new per attempt, the base URL was parsed once. */
  private HttpUrl url(String encodedQuery) {
    HttpUrl root = endpoint.root();
    if (root == null) {
      return HttpUrl.get(endpoint.base() + "/" + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery));
    }
    return encodedQuery.isEmpty() ? root : root.newBuilder().encodedQuery(encodedQuery).build();
  }

  private AccessKeyCredentials accessKeys() {
    Credentials current = credentials.resolveCredentials();
    if (current instanceof AccessKeyCredentials keys) {
      return keys;
    }
    throw new CredentialsException("Alibaba Cloud Phone takes AccessKeyCredentials (an AccessKey pair or STS"
        + " credentials), not " + (current == null ? "null" : current.getClass().getSimpleName()));
  }

  private static String encode(Map<String, String> parameters) {
    StringBuilder out = new StringBuilder(256);
    parameters.forEach((name, value) -> {
      if (out.length() > 0) {
        out.append('&');
      }
      Encoding.appendPercentEncoded(out, name);
      out.append('=');
      Encoding.appendPercentEncoded(out, value);
    });
    return out.toString();
  }
}
