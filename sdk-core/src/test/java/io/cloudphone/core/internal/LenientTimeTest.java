package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Timestamp forms the providers send. */
class LenientTimeTest {
  @ParameterizedTest
  @CsvSource({
      "2017-10-10T00:00:00Z,          2017-10-10T00:00:00Z",
      "2017-10-10T00:00:00.123Z,      2017-10-10T00:00:00.123Z",
      "2020-09-25T16:06:35+08:00,     2020-09-25T08:06:35Z",
      "2023-06-01 12:30:00,           2023-06-01T12:30:00Z",
      "2023-06-01T12:30:00,           2023-06-01T12:30:00Z",
      "2024-02-29T23:59:59Z,          2024-02-29T23:59:59Z",
      "2023-06-01T12:30Z,             2023-06-01T12:30:00Z",
      "1700000000000,                 2023-11-14T22:13:20Z",
  })
  void readsEveryForm(String text, String expected) {
    assertThat(LenientTime.parse(text)).hasValue(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"null", "''", "not a time", "2023-02-31T00:00:00Z", "2023-13-01T00:00:00Z"})
  void absentOrUnreadable_isEmpty(String text) {
    assertThat(LenientTime.parse(text)).isEmpty();
  }
}
