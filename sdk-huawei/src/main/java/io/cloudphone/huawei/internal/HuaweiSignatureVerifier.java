package io.cloudphone.huawei.internal;

import io.cloudphone.core.internal.Crypto;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks an SDK-HMAC-SHA256 signature the way the API gateway does: re-canonicalises what arrived, signs it with
 * the secret of the claimed access key, and rejects dates 15 minutes or more away. Used by tests and the fake.
 */
public final class HuaweiSignatureVerifier {
  /** The gateway's tolerance between the request's date and its own clock. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(15);

  private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private HuaweiSignatureVerifier() {}

  /**
   * Verifies a received request.
   *
   * @param method the HTTP method
   * @param encodedPath the path as received
   * @param encodedQuery the query as received, or null
   * @param header reads a received header by name (case-insensitive)
   * @param body the received body (empty when none)
   * @param secretOf the secret key of an access key id, or null for an unknown key
   * @param now the verifier's clock
   * @return empty when valid, else why not
   */
  public static Optional<String> verify(String method, String encodedPath, String encodedQuery,
      Function<String, String> header, byte[] body, Function<String, String> secretOf, Instant now) {
    String authorization = header.apply("Authorization");
    if (authorization == null || !authorization.startsWith(HuaweiSigner.ALGORITHM + " ")) {
      return Optional.of("missing SDK-HMAC-SHA256 Authorization header");
    }
    Map<String, String> parts = parseAuthorization(authorization.substring(HuaweiSigner.ALGORITHM.length() + 1));
    String accessKey = parts.get("Access");
    String signedHeaders = parts.get("SignedHeaders");
    String signature = parts.get("Signature");
    if (accessKey == null || signedHeaders == null || signature == null) {
      return Optional.of("Authorization header lacks Access, SignedHeaders or Signature");
    }
    String secret = secretOf.apply(accessKey);
    if (secret == null) {
      return Optional.of("unknown access key");
    }
    String date = header.apply("X-Sdk-Date");
    if (date == null) {
      return Optional.of("missing X-Sdk-Date header");
    }
    try {
      Instant signedAt = LocalDateTime.parse(date, SDK_DATE).toInstant(ZoneOffset.UTC);
      if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) >= 0) {
        return Optional.of("X-Sdk-Date " + date + " is 15 minutes or more away from the server's clock");
      }
    } catch (DateTimeParseException e) {
      return Optional.of("unreadable X-Sdk-Date " + date);
    }
    List<String> signed = new ArrayList<>();
    for (String name : signedHeaders.split(";")) {
      String value = header.apply(name);
      if (value == null) {
        return Optional.of("signed header " + name + " is missing");
      }
      signed.add(name);
      signed.add(value);
    }
    if (!signed.contains("host") || !signed.contains("x-sdk-date")) {
      return Optional.of("SignedHeaders must include host and x-sdk-date");
    }
    String contentHash = header.apply("X-Sdk-Content-Sha256");
    String payloadHash = contentHash != null ? contentHash : Crypto.sha256Hex(body);
    String expected = HuaweiSigner.authorization(accessKey, secret, method,
        HuaweiCanonical.canonicalUriOfEncodedPath(encodedPath), HuaweiCanonical.canonicalQuery(pairs(encodedQuery)),
        signed, payloadHash, date);
    String expectedSignature = expected.substring(expected.lastIndexOf('=') + 1);
    boolean same = MessageDigest.isEqual(expectedSignature.getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
    return same ? Optional.empty() : Optional.of("signature does not match");
  }

  private static Map<String, String> parseAuthorization(String text) {
    Map<String, String> parts = new java.util.HashMap<>();
    for (String part : text.split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    return parts;
  }

  private static List<Map.Entry<String, String>> pairs(String encodedQuery) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (encodedQuery == null || encodedQuery.isEmpty()) {
      return pairs;
    }
    for (String pair : encodedQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      pairs.add(Map.entry(decode(key), decode(value)));
    }
    return pairs;
  }

  private static String decode(String text) {
    // A literal '+' is a plus sign here, not a space.
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
