package io.cloudphone.huawei.model;

import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.regex.Pattern;

/** Documented limits shared by the ADB command requests ({@code /phones/commands} and {@code /phones/sync-commands}). */
final class AdbCommandChecks {
  private AdbCommandChecks() {}

  /** Most command contents may hold at most 1,024 bytes. */
  static final int MAX_CONTENT_BYTES = 1024;

  /**
   * Letters, digits, {@code _ . / : -} as documented, plus the space: the reference's own examples
   * ({@code "ls -l /system"}, {@code "-t -r obs://..."}) separate arguments with spaces.
   */
  static final Pattern CONTENT = Pattern.compile("[A-Za-z0-9_./: -]+");

  static final String CONTENT_ALLOWED = "letters, digits, spaces, '_', '.', '/', ':' and '-'";

  /** Checks a command's {@code content}: not blank, documented characters only, at most {@code maxBytes}. */
  static void content(String content, int maxBytes) {
    Validate.notBlank("content", content);
    Validate.maxBytes("content", content, maxBytes);
    Validate.matches("content", content, CONTENT, CONTENT_ALLOWED);
  }

  /** Checks that exactly one of {@code phone_ids} and {@code server_ids} names the targets. */
  static void targets(List<String> phoneIds, List<String> serverIds) {
    if (phoneIds.isEmpty() == serverIds.isEmpty()) {
      throw new IllegalArgumentException(
          "exactly one of phone_ids and server_ids must be given (the service reads phone_ids when both are set)");
    }
    phoneIds.forEach(id -> Validate.notBlank("phone_ids", id));
    serverIds.forEach(id -> Validate.notBlank("server_ids", id));
  }
}
