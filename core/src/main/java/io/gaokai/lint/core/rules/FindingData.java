package io.gaokai.lint.core.rules;

import io.gaokai.lint.core.model.Span;
import java.util.List;

/**
 * What a finding knows beyond its message, as data for outputs: the value expected where one was
 * computed, the value found, the cells involved and a replacement for the marked text. Outputs read
 * these instead of parsing the message.
 *
 * @param expected the value expected (e.g. a sum), or null
 * @param actual the value found, or null
 * @param cells the table cells the finding is about, the one to correct first
 * @param replacement text that would fix the marked span, or null when no automatic fix is known
 */
public record FindingData(String expected, String actual, List<CellData> cells, String replacement) {

  public static final FindingData NONE = new FindingData(null, null, List.of(), null);

  public FindingData {
    cells = List.copyOf(cells);
  }

  /** The same data with the places of this report's cells (not last year's) passed through {@code place}. */
  public FindingData mapSpans(java.util.function.UnaryOperator<Span> place) {
    if (cells.isEmpty()) {
      return this;
    }
    List<CellData> moved = cells.stream()
        .map(c -> c.lastYear() || c.span() == null
            ? c
            : new CellData(c.table(), c.row(), c.column(), c.value(), c.expected(), place.apply(c.span()), false))
        .toList();
    return new FindingData(expected, actual, moved, replacement);
  }

  public boolean isEmpty() {
    return expected == null && actual == null && cells.isEmpty() && replacement == null;
  }

  /**
   * A cell a finding is about.
   *
   * @param table the table's id
   * @param row the row's key
   * @param column the column's key
   * @param value the value as read
   * @param expected the value it would need for the finding to go away, the other cells unchanged, or null
   * @param span where it is (in last year's report when {@code lastYear})
   * @param lastYear whether the cell is last year's report's
   */
  public record CellData(String table, String row, String column, String value, String expected, Span span, boolean lastYear) {}
}
