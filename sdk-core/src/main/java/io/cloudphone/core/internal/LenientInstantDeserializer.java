package io.cloudphone.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Reads the time formats the providers actually send: ISO-8601 with {@code Z} or an offset, with or without
 * fractions, a space instead of {@code T}, no zone at all (taken as UTC), and epoch milliseconds. An empty
 * string or the string {@code "null"} reads as absent.
 */
final class LenientInstantDeserializer extends StdScalarDeserializer<Instant> {
  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendPattern("yyyy-MM-dd")
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendPattern("HH:mm")
      .optionalStart().appendPattern(":ss").optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .toFormatter();

  LenientInstantDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return Instant.ofEpochMilli(parser.getLongValue());
    }
    String text = parser.getValueAsString();
    if (text == null) {
      return (Instant) context.handleUnexpectedToken(Instant.class, parser);
    }
    text = text.trim();
    if (text.isEmpty() || text.equalsIgnoreCase("null")) {
      return null;
    }
    try {
      return parse(text);
    } catch (DateTimeParseException e) {
      return (Instant) context.handleWeirdStringValue(Instant.class, text, "not a recognised timestamp");
    }
  }

  static Instant parse(String text) {
    if (text.chars().allMatch(Character::isDigit)) {
      return Instant.ofEpochMilli(Long.parseLong(text));
    }
    String iso = text.replace(' ', 'T');
    if (iso.endsWith("Z") || iso.endsWith("z")) {
      return OffsetDateTime.parse(iso.substring(0, iso.length() - 1) + "+00:00").toInstant();
    }
    int time = iso.indexOf('T');
    if (time > 0 && (iso.indexOf('+', time) > 0 || iso.indexOf('-', time) > 0)) {
      return OffsetDateTime.parse(iso).toInstant();
    }
    return LocalDateTime.parse(text, LOCAL).toInstant(ZoneOffset.UTC);
  }
}
