package io.gaokai.lint.core.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Lays out the cells of an HTML table on a grid, resolving {@code rowspan} and {@code colspan} the
 * way a browser does: a cell takes the first column of its row not covered by a cell from above.
 * The text of a spanning cell stands in its first row and first column; the other positions it
 * covers are empty. Every row is padded to the width of the table.
 *
 * <p>Spans are clamped as in the HTML standard ({@code colspan} 1 to 1000, a {@code rowspan}
 * never reaches past the last row, {@code rowspan=0} reaches to the last row), the grid is at most
 * {@value #MAX_COLUMNS} columns wide, and the number of grid positions is bounded by a budget, so
 * that hostile spans cannot exhaust memory.
 */
final class TableGrid {

  /** The widest grid laid out; cells that would start further right are left out. */
  static final int MAX_COLUMNS = 1000;

  /** The largest span honoured in either direction. */
  static final int MAX_SPAN = 1000;

  /** One cell as written in the markup. */
  record Cell(String text, int rowSpan, int columnSpan) {}

  /** A cell placed on the grid: its text and the column it starts in. */
  private record Placed(int column, String text) {}

  private TableGrid() {}

  /**
   * Lays out the rows.
   *
   * @param rows the cells of each {@code <tr>}, in order
   * @param budget the number of grid positions (rows times width) this table may still use
   * @return the cell texts of each row, every row as wide as the table
   * @throws OversizedTableException when the grid would exceed the budget
   */
  static List<List<String>> layOut(List<List<Cell>> rows, long budget) {
    int rowCount = rows.size();
    List<List<Placed>> placedRows = new ArrayList<>(rowCount);
    int[] coveredRowsLeft = new int[0];
    int width = 0;
    for (int r = 0; r < rowCount; r++) {
      List<Placed> placed = new ArrayList<>();
      int column = 0;
      for (Cell cell : rows.get(r)) {
        while (column < coveredRowsLeft.length && coveredRowsLeft[column] > 0) {
          column++;
        }
        if (column >= MAX_COLUMNS) {
          break;
        }
        int columnSpan = Math.min(clamp(cell.columnSpan()), MAX_COLUMNS - column);
        int rowsLeft = rowCount - r;
        int rowSpan = cell.rowSpan() == 0 ? rowsLeft : Math.min(clamp(cell.rowSpan()), rowsLeft);
        if (coveredRowsLeft.length < column + columnSpan) {
          coveredRowsLeft = Arrays.copyOf(coveredRowsLeft,
              Math.min(MAX_COLUMNS, Math.max(column + columnSpan, coveredRowsLeft.length * 2)));
        }
        Arrays.fill(coveredRowsLeft, column, column + columnSpan, rowSpan);
        placed.add(new Placed(column, cell.text()));
        column += columnSpan;
      }
      width = Math.max(width, lastCovered(coveredRowsLeft) + 1);
      if ((long) (r + 1) * width > budget) {
        throw new OversizedTableException(budget);
      }
      for (int c = 0; c < coveredRowsLeft.length; c++) {
        if (coveredRowsLeft[c] > 0) {
          coveredRowsLeft[c]--;
        }
      }
      placedRows.add(placed);
    }
    List<List<String>> grid = new ArrayList<>(rowCount);
    for (List<Placed> placed : placedRows) {
      String[] texts = new String[width];
      Arrays.fill(texts, "");
      for (Placed cell : placed) {
        texts[cell.column()] = cell.text();
      }
      grid.add(Collections.unmodifiableList(Arrays.asList(texts)));
    }
    return grid;
  }

  private static int clamp(int span) {
    return Math.max(1, Math.min(span, MAX_SPAN));
  }

  private static int lastCovered(int[] coveredRowsLeft) {
    for (int c = coveredRowsLeft.length - 1; c >= 0; c--) {
      if (coveredRowsLeft[c] > 0) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Reads a {@code rowspan} or {@code colspan} value the way browsers do: leading digits count,
   * anything after them is ignored, and a missing or unreadable value means 1.
   */
  static int parseSpan(String value) {
    String s = value.strip();
    int i = s.startsWith("+") ? 1 : 0;
    long n = 0;
    int digits = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      n = Math.min(Integer.MAX_VALUE, n * 10 + (s.charAt(i) - '0'));
      i++;
      digits++;
    }
    return digits == 0 ? 1 : (int) n;
  }
}
