package io.cloudphone.alibaba.internal;

import io.cloudphone.core.internal.Crypto;
import io.cloudphone.core.internal.Encoding;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Alibaba's signature V3 ({@code ACS3-HMAC-SHA256}), the header-based alternative to RPC signature V1.
 *
 * <p>Unlike V1 the key is the bare secret (no trailing {@code &}), the signature is lower-case hex, and the
 * payload is bound through {@code x-acs-content-sha256}; for RPC-style APIs such as eds-aic the canonical URI is
 * always {@code /}.
 */
public final class Acs3Signature {
  /** The algorithm name that starts the string to sign and the Authorization header. */
  public static final String ALGORITHM = "ACS3-HMAC-SHA256";

  private Acs3Signature() {}

  /**
   * The value of the {@code Authorization} header.
   *
   * @param method the HTTP method
   * @param canonicalUri the percent-encoded path, {@code /} for RPC-style APIs
   * @param query the query parameters, decoded
   * @param signedHeaders lower-case header names to values: host, content-type if sent, and every x-acs-* header
   * @param payloadHashHex hex SHA-256 of the body, the value sent as {@code x-acs-content-sha256}
   * @param accessKeyId the access key id
   * @param accessKeySecret the access key secret
   */
  public static String authorization(String method, String canonicalUri, SortedMap<String, String> query,
      SortedMap<String, String> signedHeaders, String payloadHashHex, String accessKeyId, String accessKeySecret) {
    String signature = signature(canonicalRequest(method, canonicalUri, query, signedHeaders, payloadHashHex),
        accessKeySecret);
    StringBuilder out = new StringBuilder(160 + accessKeyId.length());
    out.append(ALGORITHM).append(" Credential=").append(accessKeyId).append(",SignedHeaders=");
    appendSignedHeaderNames(out, naturalOrder(signedHeaders));
    return out.append(",Signature=").append(signature).toString();
  }

  /** Hex SHA-256 of the canonical request, the intermediate value Alibaba's guide publishes. */
  public static String canonicalRequestHash(String method, String canonicalUri, SortedMap<String, String> query,
      SortedMap<String, String> signedHeaders, String payloadHashHex) {
    return Encoding.hex(Crypto.sha256(canonicalRequest(method, canonicalUri, query, signedHeaders, payloadHashHex)));
  }

  /** The hex HMAC-SHA256 signature of a canonical request under the secret. */
  static String signature(String canonicalRequest, String accessKeySecret) {
    String stringToSign = ALGORITHM + "\n" + Encoding.hex(Crypto.sha256(canonicalRequest));
    return Encoding.hex(Crypto.hmacSha256(accessKeySecret, stringToSign));
  }

  /** The canonical request: method, URI, query, headers, signed names and payload hash, one per line. */
  static String canonicalRequest(String method, String canonicalUri, SortedMap<String, String> query,
      SortedMap<String, String> signedHeaders, String payloadHashHex) {
    StringBuilder out = new StringBuilder(512);
    out.append(method).append('\n').append(canonicalUri).append('\n');
    boolean first = true;
    for (Map.Entry<String, String> e : naturalOrder(query).entrySet()) {
      if (!first) {
        out.append('&');
      }
      first = false;
      // An empty value still signs as "key=", as the official V3 signer does.
      Encoding.appendPercentEncoded(out, e.getKey());
      out.append('=');
      Encoding.appendPercentEncoded(out, e.getValue() == null ? "" : e.getValue());
    }
    out.append('\n');
    SortedMap<String, String> headers = naturalOrder(signedHeaders);
    for (Map.Entry<String, String> e : headers.entrySet()) {
      out.append(e.getKey()).append(':').append(e.getValue() == null ? "" : e.getValue().trim()).append('\n');
    }
    out.append('\n');
    appendSignedHeaderNames(out, headers);
    return out.append('\n').append(payloadHashHex).toString();
  }

  private static void appendSignedHeaderNames(StringBuilder out, SortedMap<String, String> headers) {
    boolean first = true;
    for (String name : headers.keySet()) {
      if (!first) {
        out.append(';');
      }
      first = false;
      out.append(name);
    }
  }

  private static SortedMap<String, String> naturalOrder(SortedMap<String, String> map) {
    return map.comparator() == null ? map : new TreeMap<>((Map<String, String>) map);
  }
}
