package io.cloudphone.core.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Client-side checks of arguments and documented limits; each failure names the field: a missing value is a
 * {@link NullPointerException} ({@code options must not be null}), any other an {@link IllegalArgumentException}.
 */
public final class Validate {
  /**
   * The longest id the SDK sends. The longest ids either provider documents are about 40 characters (Huawei's
   * 32-hex ids, Alibaba's {@code acp-} and {@code cpn-} ids, task and invocation ids); 128 leaves room for
   * formats that grow while refusing what no provider issues (a pasted file, a whole log line) before it is
   * sent, where it would only come back as an opaque 400 or 404.
   */
  public static final int MAX_ID_LENGTH = 128;

  private Validate() {}

  /** Returns {@code value}, or throws {@code field must not be null}. */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  /** Returns {@code id} if it is a plausible provider id: not null, not blank, at most {@link #MAX_ID_LENGTH}. */
  public static String id(String field, String id) {
    notNull(field, id);
    notBlank(field, id);
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(field + " must be at most " + MAX_ID_LENGTH
          + " characters long (no provider issues longer ids) but was " + id.length());
    }
    return id;
  }

  /** Returns {@code ids} if the collection is present and each element passes {@link #id}. */
  public static <C extends Collection<String>> C ids(String field, C ids) {
    notNull(field, ids);
    for (String id : ids) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException(field + " must not contain null or blank ids");
      }
      if (id.length() > MAX_ID_LENGTH) {
        throw new IllegalArgumentException(field + " must not contain ids longer than " + MAX_ID_LENGTH
            + " characters (no provider issues longer ids) but one was " + id.length() + " long");
      }
    }
    return ids;
  }

  /** Returns {@code value} if it is a positive duration; null, zero and negative durations are refused. */
  public static Duration positive(String field, Duration value) {
    notNull(field, value);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be positive but was " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is a duration of zero or more. */
  public static Duration notNegative(String field, Duration value) {
    notNull(field, value);
    if (value.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative but was " + value);
    }
    return value;
  }

  /** Checks that an integer lies within an inclusive range. */
  public static void range(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + " but was " + value);
    }
  }

  /** Checks an optional integer against an inclusive range when it is present. */
  public static void range(String field, Optional<? extends Number> value, long min, long max) {
    value.ifPresent(v -> range(field, v.longValue(), min, max));
  }

  /** Checks a collection's size against an inclusive range. */
  public static void size(String field, Collection<?> values, int min, int max) {
    if (values.size() < min || values.size() > max) {
      String bounds = max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
      throw new IllegalArgumentException(field + " must hold " + bounds + " items but held " + values.size());
    }
  }

  /** Checks a string's length in characters against an inclusive range. */
  public static void length(String field, String value, int min, int max) {
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      throw new IllegalArgumentException(
          field + " must be " + min + " to " + max + " characters long but was " + length);
    }
  }

  /** Checks an optional string's length when it is present. */
  public static void length(String field, Optional<String> value, int min, int max) {
    value.ifPresent(v -> length(field, v, min, max));
  }

  /** Checks a string's UTF-8 size in bytes. */
  public static void maxBytes(String field, String value, int maxBytes) {
    int bytes = value.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxBytes) {
      throw new IllegalArgumentException(
          field + " must be at most " + maxBytes + " bytes (UTF-8) but was " + bytes);
    }
  }

  /** Checks that a string matches a pattern, describing the allowed characters in the message. */
  public static void matches(String field, String value, Pattern pattern, String allowed) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " may contain only " + allowed);
    }
  }

  /** Checks an optional string against a pattern when it is present. */
  public static void matches(String field, Optional<String> value, Pattern pattern, String allowed) {
    value.ifPresent(v -> matches(field, v, pattern, allowed));
  }

  /** Checks that a string is neither empty nor blank. */
  public static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  /** Checks a value against a fixed set of documented choices. */
  public static void oneOf(String field, Object value, Collection<?> allowed) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(field + " must be one of " + allowed + " but was " + value);
    }
  }
}
