package io.cloudphone.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 and HMAC with per-thread instances; an HMAC is re-keyed only when the key changes, which keeps
 * signing free of per-call provider lookups.
 */
public final class Crypto {
  private static final byte[] EMPTY = new byte[0];
  private static final String EMPTY_SHA256_HEX =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> digest("SHA-256"));
  private static final ThreadLocal<KeyedMac> HMAC_SHA256 =
      ThreadLocal.withInitial(() -> new KeyedMac("HmacSHA256"));
  private static final ThreadLocal<KeyedMac> HMAC_SHA1 = ThreadLocal.withInitial(() -> new KeyedMac("HmacSHA1"));

  private Crypto() {}

  /** Lower-case hex SHA-256 of {@code data}. */
  public static String sha256Hex(byte[] data) {
    if (data == null || data.length == 0) {
      return EMPTY_SHA256_HEX;
    }
    return Encoding.hex(SHA256.get().digest(data));
  }

  /** SHA-256 of the UTF-8 bytes of a string that is known to be ASCII or not. */
  public static byte[] sha256(String text) {
    return SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8));
  }

  /** HMAC-SHA256 of {@code data} under {@code key}. */
  public static byte[] hmacSha256(String key, String data) {
    return HMAC_SHA256.get().sign(key, data);
  }

  /** HMAC-SHA1 of {@code data} under {@code key}. */
  public static byte[] hmacSha1(String key, String data) {
    return HMAC_SHA1.get().sign(key, data);
  }

  /** An empty byte array, for bodiless requests. */
  public static byte[] empty() {
    return EMPTY;
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is missing from this JVM", e);
    }
  }

  /** A Mac that remembers its key so repeated signing with one secret skips re-initialisation. */
  private static final class KeyedMac {
    private final Mac mac;
    private String key;

    KeyedMac(String algorithm) {
      try {
        this.mac = Mac.getInstance(algorithm);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(algorithm + " is missing from this JVM", e);
      }
    }

    byte[] sign(String secret, String data) {
      if (!secret.equals(key)) {
        try {
          mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), mac.getAlgorithm()));
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException("cannot initialise " + mac.getAlgorithm(), e);
        }
        key = secret;
      }
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
  }
}
