package io.cloudphone.core.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a provider timestamp in any of the forms {@link LenientInstantDeserializer} accepts. */
public final class LenientTime {
  private LenientTime() {}

  /** The instant, or empty when the text is blank, {@code "null"} or unreadable. */
  public static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("null")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LenientInstantDeserializer.parse(text.trim()));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
