package io.cloudphone.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * The percent-encoding both providers sign with: RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - _ . ~})
 * stay, everything else is UTF-8 percent-encoded with upper-case hex ({@code %20} for space, {@code %2A} for
 * {@code *}), and lower-case hex helpers for digests.
 */
public final class Encoding {
  private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();
  private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();
  private static final boolean[] UNRESERVED = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      UNRESERVED[c] = true;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      UNRESERVED[c] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      UNRESERVED[c] = true;
    }
    UNRESERVED['-'] = true;
    UNRESERVED['_'] = true;
    UNRESERVED['.'] = true;
    UNRESERVED['~'] = true;
  }

  private Encoding() {}

  /** Whether the ASCII character {@code c} stays as it is in percent-encoding. */
  public static boolean isUnreserved(int c) {
    return c >= 0 && c < 128 && UNRESERVED[c];
  }

  /** Percent-encodes {@code value}, returning it unchanged (no allocation) when nothing needs encoding. */
  public static String percentEncode(String value) {
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 128 || !UNRESERVED[c]) {
        StringBuilder out = new StringBuilder(length + 16);
        appendPercentEncoded(out, value);
        return out.toString();
      }
    }
    return value;
  }

  /** Appends the percent-encoded form of {@code value} to {@code out}. */
  public static void appendPercentEncoded(StringBuilder out, String value) {
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 128 && UNRESERVED[c]) {
        out.append(c);
      } else if (c < 128) {
        appendEscaped(out, c);
      } else {
        int codePoint = value.codePointAt(i);
        if (Character.isSupplementaryCodePoint(codePoint)) {
          i++;
        }
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
          appendEscaped(out, b & 0xff);
        }
      }
    }
  }

  private static void appendEscaped(StringBuilder out, int b) {
    out.append('%').append(UPPER_HEX[b >> 4]).append(UPPER_HEX[b & 0xf]);
  }

  /** Lower-case hex of {@code bytes}. */
  public static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = LOWER_HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = LOWER_HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** Appends lower-case hex of {@code bytes} to {@code out}. */
  public static void appendHex(StringBuilder out, byte[] bytes) {
    for (byte b : bytes) {
      out.append(LOWER_HEX[(b >> 4) & 0xf]).append(LOWER_HEX[b & 0xf]);
    }
  }
}
