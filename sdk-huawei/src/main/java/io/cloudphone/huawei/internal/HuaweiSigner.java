package io.cloudphone.huawei.internal;

import io.cloudphone.core.internal.Crypto;
import io.cloudphone.core.internal.Encoding;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Huawei's SDK-HMAC-SHA256 request signing (APIG). The canonical request is hashed straight out of a per-thread
 * scratch buffer, so signing allocates little beyond the returned header.
 */
public final class HuaweiSigner {
  /** The algorithm name that starts the Authorization header and the string to sign. */
  public static final String ALGORITHM = "SDK-HMAC-SHA256";

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private HuaweiSigner() {}

  /**
   * The value of the {@code Authorization} header.
   *
   * @param accessKey the access key id
   * @param secretKey the secret key
   * @param method the HTTP method
   * @param canonicalUri the percent-encoded path, ending in exactly one {@code /}
   * @param canonicalQuery the sorted, percent-encoded query ({@code k=v&...}), empty when there is none
   * @param headers the headers to sign as alternating lower-case names and values, sorted by name
   * @param payloadHash hex SHA-256 of the body, or {@code UNSIGNED-PAYLOAD}
   * @param sdkDate the {@code X-Sdk-Date} value
   */
  public static String authorization(String accessKey, String secretKey, String method, String canonicalUri,
      String canonicalQuery, List<String> headers, String payloadHash, String sdkDate) {
    Scratch scratch = SCRATCH.get();
    StringBuilder text = scratch.text;
    text.setLength(0);
    text.append(method).append('\n').append(canonicalUri).append('\n').append(canonicalQuery).append('\n');
    for (int i = 0; i < headers.size(); i += 2) {
      text.append(headers.get(i)).append(':').append(headers.get(i + 1).trim()).append('\n');
    }
    text.append('\n');
    int namesStart = text.length();
    for (int i = 0; i < headers.size(); i += 2) {
      if (i > 0) {
        text.append(';');
      }
      text.append(headers.get(i));
    }
    String signedHeaders = text.substring(namesStart);
    text.append('\n').append(payloadHash);
    byte[] canonicalHash = scratch.sha256(text);

    text.setLength(0);
    text.append(ALGORITHM).append('\n').append(sdkDate).append('\n');
    Encoding.appendHex(text, canonicalHash);
    byte[] signature = Crypto.hmacSha256(secretKey, text.toString());

    text.setLength(0);
    text.append(ALGORITHM).append(" Access=").append(accessKey)
        .append(", SignedHeaders=").append(signedHeaders)
        .append(", Signature=");
    Encoding.appendHex(text, signature);
    return text.toString();
  }

  /** Hex SHA-256 of the canonical request, for tests that compare with published intermediate values. */
  static String canonicalRequestHash(String canonicalRequest) {
    StringBuilder text = new StringBuilder(canonicalRequest);
    return Encoding.hex(SCRATCH.get().sha256(text));
  }

  /** Formats an instant as {@code yyyyMMdd'T'HHmmss'Z'} in UTC. */
  public static String sdkDate(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    char[] out = new char[16];
    put(out, 0, t.getYear(), 4);
    put(out, 4, t.getMonthValue(), 2);
    put(out, 6, t.getDayOfMonth(), 2);
    out[8] = 'T';
    put(out, 9, t.getHour(), 2);
    put(out, 11, t.getMinute(), 2);
    put(out, 13, t.getSecond(), 2);
    out[15] = 'Z';
    return new String(out);
  }

  private static void put(char[] out, int at, int value, int digits) {
    for (int i = at + digits - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** Per-thread buffers and digest reused across signatures. */
  private static final class Scratch {
    final StringBuilder text = new StringBuilder(1024);
    final MessageDigest digest;
    byte[] bytes = new byte[1024];

    Scratch() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
    }

    byte[] sha256(CharSequence chars) {
      int length = chars.length();
      for (int i = 0; i < length; i++) {
        if (chars.charAt(i) >= 0x80) {
          return digest.digest(chars.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      if (bytes.length < length) {
        bytes = new byte[Math.max(length, bytes.length * 2)];
      }
      for (int i = 0; i < length; i++) {
        bytes[i] = (byte) chars.charAt(i);
      }
      digest.update(bytes, 0, length);
      return digest.digest();
    }
  }
}
