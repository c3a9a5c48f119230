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
    Instant fast = parseFixedWidth(text);
    if (fast != null) {
      return fast;
    }
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

  /**
   * The forms nearly every timestamp takes ({@code yyyy-MM-ddTHH:mm:ssZ}, and the zone-less
   * {@code yyyy-MM-dd HH:mm:ss}) read digit by digit: a page of 100 phones holds 200 of them, and the general
   * formatter path costs about thirty times as much. Returns null for anything else.
   */
  private static Instant parseFixedWidth(String text) {
    int length = text.length();
    boolean utc = length == 20 && text.charAt(19) == 'Z';
    if (!(utc || length == 19) || text.charAt(4) != '-' || text.charAt(7) != '-'
        || (text.charAt(10) != 'T' && text.charAt(10) != ' ') || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    try {
      long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second);
    } catch (java.time.DateTimeException e) {
      return null; // e.g. 31 February: let the general parser report it
    }
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
