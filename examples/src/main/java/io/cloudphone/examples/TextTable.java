package io.cloudphone.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain fixed-width text table: a header row, then rows, each column as wide as its widest cell. */
public final class TextTable {
  private static final String GAP = "  ";
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** A table with these column titles. */
  public static TextTable withColumns(String... titles) {
    return new TextTable(Arrays.asList(titles));
  }

  /**
   * Adds a row, one cell per column ({@code null} shows as {@code -}).
   *
   * @throws IllegalArgumentException when the row has a different number of cells than the header
   */
  public TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells but got " + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell == null ? "-" : cell.toString());
    }
    rows.add(row);
    return this;
  }

  /** Number of rows added, not counting the header. */
  public int size() {
    return rows.size();
  }

  /** The table as lines joined by {@code \n}, with no trailing blanks and a final newline. */
  public String render() {
    int[] widths = new int[header.size()];
    for (List<String> row : allRows()) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : allRows()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length())).append(GAP);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private List<List<String>> allRows() {
    List<List<String>> all = new ArrayList<>(rows.size() + 1);
    all.add(header);
    all.addAll(rows);
    return all;
  }

  @Override
  public String toString() {
    return render();
  }
}
