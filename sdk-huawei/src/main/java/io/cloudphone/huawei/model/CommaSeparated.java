package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Jackson converters for a query parameter that Huawei documents as one comma-separated string but that reads
 * best in Java as a list (e.g. {@code server_ids=a,b} of {@code ListShareFiles}).
 */
final class CommaSeparated {
  private CommaSeparated() {}

  /** Writes a list as {@code a,b,c}. */
  static final class Join extends StdConverter<List<String>, String> {
    @Override
    public String convert(List<String> values) {
      return String.join(",", values);
    }
  }

  /** Reads {@code a,b,c} (blanks around commas and empty items dropped) back into a list. */
  static final class Split extends StdConverter<String, List<String>> {
    @Override
    public List<String> convert(String value) {
      return Arrays.stream(value.split(","))
          .map(String::trim)
          .filter(item -> !item.isEmpty())
          .collect(Collectors.toList());
    }
  }
}
