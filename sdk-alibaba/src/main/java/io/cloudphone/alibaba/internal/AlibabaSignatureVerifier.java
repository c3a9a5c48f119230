package io.cloudphone.alibaba.internal;

import io.cloudphone.core.internal.Crypto;
import io.cloudphone.core.internal.Encoding;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks an Alibaba RPC V1 or ACS3 signature the way the POP gateway does, for tests and the fake server.
 *
 * <p>Every reason starts with the error code the real service answers ({@code MissingParameter},
 * {@code InvalidAccessKeyId.NotFound}, {@code IllegalTimestamp}, {@code IncompleteSignature},
 * {@code SignatureDoesNotMatch}), so a fake can answer with it. Nonce replay ({@code SignatureNonceUsed}) needs
 * memory and is left to the caller. Reasons never quote a secret or a signature.
 */
public final class AlibabaSignatureVerifier {
  /** The gateway's tolerance between the request's timestamp and its own clock. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(15);

  private static final List<String> V1_REQUIRED =
      List.of("AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp");
  private static final List<String> ACS3_REQUIRED_SIGNED =
      List.of("host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256");
  private static final List<String> ACS3_OPTIONAL_SIGNED = List.of("x-acs-security-token", "content-type");

  private AlibabaSignatureVerifier() {}

  /**
   * Verifies an RPC signature V1 request.
   *
   * @param method the HTTP method
   * @param allParams query and form parameters, decoded, including {@code Signature}
   * @param secretOf the secret of an access key id, or null for an unknown key
   * @param now the verifier's clock
   * @return empty when valid, else why not
   */
  public static Optional<String> verifyV1(String method, Map<String, String> allParams,
      Function<String, String> secretOf, Instant now) {
    for (String name : V1_REQUIRED) {
      String value = allParams.get(name);
      if (value == null || value.isEmpty()) {
        return Optional.of("MissingParameter: the parameter " + name + " is missing");
      }
    }
    if (!"HMAC-SHA1".equals(allParams.get("SignatureMethod"))) {
      return Optional.of("InvalidParameter: SignatureMethod must be HMAC-SHA1");
    }
    if (!"1.0".equals(allParams.get("SignatureVersion"))) {
      return Optional.of("InvalidParameter: SignatureVersion must be 1.0");
    }
    String accessKeyId = allParams.get("AccessKeyId");
    String secret = secretOf.apply(accessKeyId);
    if (secret == null) {
      return Optional.of("InvalidAccessKeyId.NotFound: unknown AccessKeyId " + accessKeyId);
    }
    Optional<String> skew = skew("Timestamp", allParams.get("Timestamp"), now);
    if (skew.isPresent()) {
      return skew;
    }
    String expected = RpcSignatureV1.sign(method, new TreeMap<>(allParams), secret);
    return same(expected, allParams.get("Signature"))
        ? Optional.empty()
        : Optional.of("SignatureDoesNotMatch: the V1 signature does not match the parameters received");
  }

  /**
   * Verifies an {@code ACS3-HMAC-SHA256} request.
   *
   * @param method the HTTP method
   * @param encodedPath the path as received
   * @param decodedQuery the query parameters, decoded
   * @param header reads a received header by name (case-insensitive)
   * @param body the received body (empty when none)
   * @param secretOf the secret of an access key id, or null for an unknown key
   * @param now the verifier's clock
   * @return empty when valid, else why not
   */
  public static Optional<String> verifyAcs3(String method, String encodedPath, Map<String, String> decodedQuery,
      Function<String, String> header, byte[] body, Function<String, String> secretOf, Instant now) {
    String authorization = header.apply("Authorization");
    if (authorization == null || !authorization.startsWith(Acs3Signature.ALGORITHM + " ")) {
      return Optional.of("IncompleteSignature: missing ACS3-HMAC-SHA256 Authorization header");
    }
    Map<String, String> parts = parseAuthorization(authorization.substring(Acs3Signature.ALGORITHM.length() + 1));
    String accessKeyId = parts.get("Credential");
    String signedNames = parts.get("SignedHeaders");
    String signature = parts.get("Signature");
    if (accessKeyId == null || signedNames == null || signature == null) {
      return Optional.of("IncompleteSignature: Authorization lacks Credential, SignedHeaders or Signature");
    }
    String secret = secretOf.apply(accessKeyId);
    if (secret == null) {
      return Optional.of("InvalidAccessKeyId.NotFound: unknown AccessKeyId " + accessKeyId);
    }
    SortedMap<String, String> signed = new TreeMap<>();
    for (String name : signedNames.split(";")) {
      String value = header.apply(name);
      if (value == null) {
        return Optional.of("IncompleteSignature: signed header " + name + " is missing");
      }
      signed.put(name.toLowerCase(Locale.ROOT), value);
    }
    for (String name : ACS3_REQUIRED_SIGNED) {
      if (!signed.containsKey(name)) {
        return Optional.of("IncompleteSignature: " + name + " must be sent and signed");
      }
    }
    for (String name : ACS3_OPTIONAL_SIGNED) {
      if (!signed.containsKey(name) && header.apply(name) != null) {
        return Optional.of("IncompleteSignature: " + name + " is sent but not signed");
      }
    }
    Optional<String> skew = skew("x-acs-date", signed.get("x-acs-date"), now);
    if (skew.isPresent()) {
      return skew;
    }
    String payloadHash = signed.get("x-acs-content-sha256");
    if (!payloadHash.equals(Crypto.sha256Hex(body))) {
      return Optional.of("SignatureDoesNotMatch: x-acs-content-sha256 is not the SHA-256 of the body received");
    }
    String canonical = Acs3Signature.canonicalRequest(method, canonicalUri(encodedPath),
        new TreeMap<>(decodedQuery), signed, payloadHash);
    return same(Acs3Signature.signature(canonical, secret), signature)
        ? Optional.empty()
        : Optional.of("SignatureDoesNotMatch: the ACS3 signature does not match the request received");
  }

  /** Alibaba rejects timestamps more than 15 minutes from its clock with IllegalTimestamp. */
  private static Optional<String> skew(String name, String value, Instant now) {
    Instant signedAt;
    try {
      signedAt = Instant.parse(value);
    } catch (DateTimeParseException e) {
      return Optional.of("IllegalTimestamp: unreadable " + name + " " + value + ", expected yyyy-MM-ddTHH:mm:ssZ");
    }
    Duration offset = Duration.between(now, signedAt);
    if (offset.abs().compareTo(MAX_SKEW) > 0) {
      return Optional.of("IllegalTimestamp: " + name + " " + value + " is " + offset.abs().toMinutes()
          + " minutes " + (offset.isNegative() ? "behind" : "ahead of")
          + " the server's clock, more than the 15 minutes allowed");
    }
    return Optional.empty();
  }

  /** The canonical URI: each path segment decoded, then percent-encoded again; an empty path is {@code /}. */
  private static String canonicalUri(String encodedPath) {
    if (encodedPath == null || encodedPath.isEmpty() || "/".equals(encodedPath)) {
      return "/";
    }
    StringBuilder out = new StringBuilder(encodedPath.length() + 8);
    String[] segments = encodedPath.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      Encoding.appendPercentEncoded(out,
          URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  private static Map<String, String> parseAuthorization(String text) {
    Map<String, String> parts = new HashMap<>();
    for (String part : text.split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    return parts;
  }

  private static boolean same(String expected, String received) {
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        received.getBytes(StandardCharsets.UTF_8));
  }
}
