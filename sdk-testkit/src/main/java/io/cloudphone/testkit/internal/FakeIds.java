package io.cloudphone.testkit.internal;

import io.cloudphone.core.internal.Crypto;
import java.nio.charset.StandardCharsets;

/** Deterministic identifiers: the same seed text gives the same id on every run. */
public final class FakeIds {
  private FakeIds() {}

  /** 32 lowercase hex digits derived from {@code parts} (the shape of Huawei ids). */
  public static String hex32(Object... parts) {
    return Crypto.sha256Hex(String.join("|", strings(parts)).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
  }

  /** {@code length} lowercase hex digits derived from {@code parts}. */
  public static String hex(int length, Object... parts) {
    return Crypto.sha256Hex(String.join("|", strings(parts)).getBytes(StandardCharsets.UTF_8)).substring(0, length);
  }

  private static String[] strings(Object... parts) {
    String[] text = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      text[i] = String.valueOf(parts[i]);
    }
    return text;
  }
}
