package io.cloudphone.huawei.model;

import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Documented limits shared by the cloud phone server and shared-storage requests (reference section 5.1). */
final class ServerChecks {
  private ServerChecks() {}

  /**
   * Letters, digits, {@code _} and {@code -} as the English reference states, plus Chinese characters, which
   * Huawei's own SDK documents as accepted for server names.
   */
  static final Pattern SERVER_NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9_-]+");

  static final String SERVER_NAME_ALLOWED = "letters, digits, Chinese characters, '_' and '-'";

  /** OBS bucket names: lower-case letters, digits, {@code -} and {@code .}. */
  static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9.-]+");

  /** OBS object paths: letters, digits and {@code . / - _ + # =}. */
  static final Pattern OBJECT_PATH = Pattern.compile("[A-Za-z0-9./_+#=-]+");

  /** Checks a server name for create and rename: 1 to 60 characters of the documented set. */
  static void serverName(String name) {
    Validate.notBlank("server_name", name);
    Validate.length("server_name", name, 1, 60);
    Validate.matches("server_name", name, SERVER_NAME, SERVER_NAME_ALLOWED);
  }

  /** Checks an optional string against a documented byte limit. */
  static void maxBytes(String field, Optional<String> value, int maxBytes) {
    value.ifPresent(v -> Validate.maxBytes(field, v, maxBytes));
  }

  /** Checks a required flavor or id: not blank and at most {@code maxBytes}. */
  static void required(String field, String value, int maxBytes) {
    Validate.notBlank(field, value);
    Validate.maxBytes(field, value, maxBytes);
  }

  /** Checks a {@code server_ids} list: at least one id, none blank. */
  static void serverIds(List<String> serverIds) {
    notEmpty("server_ids", serverIds);
    serverIds.forEach(id -> Validate.notBlank("server_ids", id));
  }

  /** Checks a {@code server_ids} list: between 1 and {@code max} ids, none blank. */
  static void serverIds(List<String> serverIds, int max) {
    Validate.size("server_ids", serverIds, 1, max);
    serverIds.forEach(id -> Validate.notBlank("server_ids", id));
  }

  /** Checks that a required list holds at least one item. */
  static void notEmpty(String field, List<?> values) {
    require(!values.isEmpty(), field + " must hold at least one item");
  }

  /** Checks the OBS bucket and object that a shared-storage push reads from. */
  static void obsSource(String bucketName, String objectPath) {
    Validate.length("bucket_name", bucketName, 3, 63);
    Validate.matches("bucket_name", bucketName, BUCKET_NAME, "lower-case letters, digits, '-' and '.'");
    Validate.length("object_path", objectPath, 1, 1024);
    Validate.matches("object_path", objectPath, OBJECT_PATH, "letters, digits, '.', '/', '-', '_', '+', '#' and '='");
  }

  /** Throws an {@link IllegalArgumentException} with {@code message} unless {@code condition} holds. */
  static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
