package io.cloudphone.alibaba.internal;

import io.cloudphone.core.internal.Crypto;
import io.cloudphone.core.internal.Encoding;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Alibaba's RPC signature V1 (HMAC-SHA1): sign every query and form parameter but {@code Signature}.
 *
 * <p>The string to sign percent-encodes the already percent-encoded canonical query a second time. {@link #sign}
 * does both encodings in one pass into a per-thread byte buffer ({@code %} becomes {@code %25}, {@code =} becomes
 * {@code %3D}, {@code &} becomes {@code %26}), so a signature costs one string, the HMAC and the Base64.
 */
public final class RpcSignatureV1 {
  /** The parameter that carries the signature and is never signed itself. */
  public static final String SIGNATURE = "Signature";

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private RpcSignatureV1() {}

  /** The canonical query: {@code percentEncode(k)=percentEncode(v)} sorted by key and joined by {@code &}. */
  public static String canonicalQuery(SortedMap<String, String> params) {
    StringBuilder out = new StringBuilder(256);
    for (Map.Entry<String, String> e : naturalOrder(params).entrySet()) {
      if (SIGNATURE.equals(e.getKey())) {
        continue;
      }
      if (out.length() > 0) {
        out.append('&');
      }
      Encoding.appendPercentEncoded(out, e.getKey());
      out.append('=');
      Encoding.appendPercentEncoded(out, e.getValue() == null ? "" : e.getValue());
    }
    return out.toString();
  }

  /** The string to sign: {@code METHOD&%2F&percentEncode(canonicalQuery)}. */
  public static String stringToSign(String method, String canonicalQuery) {
    StringBuilder out = new StringBuilder(canonicalQuery.length() * 2 + 16);
    out.append(method).append("&%2F&");
    Encoding.appendPercentEncoded(out, canonicalQuery);
    return out.toString();
  }

  /**
   * The Base64 HMAC-SHA1 signature of {@code params} (without {@code Signature}) under {@code secret + "&"}.
   *
   * @param method the HTTP method, {@code POST} for every eds-aic operation
   * @param params all query and form parameters, decoded
   * @param accessKeySecret the access key secret
   */
  public static String sign(String method, SortedMap<String, String> params, String accessKeySecret) {
    Scratch out = SCRATCH.get();
    out.length = 0;
    out.ascii(method);
    out.ascii("&%2F&");
    boolean first = true;
    for (Map.Entry<String, String> e : naturalOrder(params).entrySet()) {
      if (SIGNATURE.equals(e.getKey())) {
        continue;
      }
      if (!first) {
        out.ascii("%26");
      }
      first = false;
      out.doubleEncoded(e.getKey());
      out.ascii("%3D");
      out.doubleEncoded(e.getValue() == null ? "" : e.getValue());
    }
    // The string to sign is pure ASCII, so a Latin-1 String is one array copy and encodes back byte for byte.
    String stringToSign = new String(out.bytes, 0, out.length, StandardCharsets.ISO_8859_1);
    if (out.bytes.length > 65536) {
      SCRATCH.remove(); // do not pin a huge buffer (a 16 KB RunCommand script) to the thread forever
    }
    // V1 keys the HMAC with the secret followed by '&' (an empty "token secret" slot from OAuth 1 days).
    return Base64.getEncoder().encodeToString(Crypto.hmacSha1(accessKeySecret + "&", stringToSign));
  }

  /** The signer sorts with String's natural order, as Alibaba does; any other comparator is re-sorted. */
  private static SortedMap<String, String> naturalOrder(SortedMap<String, String> params) {
    return params.comparator() == null ? params : new TreeMap<>((Map<String, String>) params);
  }

  /**
   * A per-thread ASCII buffer for the string to sign; {@link #doubleEncoded} writes
   * percentEncode(percentEncode(value)): unreserved characters stay, every other UTF-8 byte becomes {@code %25XX}.
   */
  private static final class Scratch {
    byte[] bytes = new byte[2048];
    int length;

    void ascii(String text) {
      ensure(text.length());
      for (int i = 0; i < text.length(); i++) {
        bytes[length++] = (byte) text.charAt(i);
      }
    }

    void doubleEncoded(String value) {
      int n = value.length();
      ensure(n * 15); // at most three UTF-8 bytes per char, five output bytes per byte
      byte[] b = bytes;
      int at = length;
      for (int i = 0; i < n; i++) {
        char c = value.charAt(i);
        if (c < 128) {
          if (Encoding.isUnreserved(c)) {
            b[at++] = (byte) c;
          } else {
            at = escape(b, at, c);
          }
        } else if (c < 0x800) {
          at = escape(b, at, 0xC0 | (c >> 6));
          at = escape(b, at, 0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, value.charAt(++i));
          at = escape(b, at, 0xF0 | (cp >> 18));
          at = escape(b, at, 0x80 | ((cp >> 12) & 0x3F));
          at = escape(b, at, 0x80 | ((cp >> 6) & 0x3F));
          at = escape(b, at, 0x80 | (cp & 0x3F));
        } else if (Character.isSurrogate(c)) {
          at = escape(b, at, '?'); // a lone surrogate becomes '?' in UTF-8, as String.getBytes does
        } else {
          at = escape(b, at, 0xE0 | (c >> 12));
          at = escape(b, at, 0x80 | ((c >> 6) & 0x3F));
          at = escape(b, at, 0x80 | (c & 0x3F));
        }
      }
      length = at;
    }

    private static int escape(byte[] b, int at, int value) {
      b[at] = '%';
      b[at + 1] = '2';
      b[at + 2] = '5';
      b[at + 3] = HEX[(value >> 4) & 0xF];
      b[at + 4] = HEX[value & 0xF];
      return at + 5;
    }

    private void ensure(int extra) {
      if (length + extra > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
      }
    }
  }
}
