package io.gaokai.lint.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The column grid of a Word 97–2003 table. The binary format stores no column spans: a merged cell
 * is simply wider. The grid is made from the cell edges of all rows, so a cell covering several
 * grid columns can be written, like a docx {@code gridSpan}, as its text plus empty cells.
 */
final class DocTableGrid {

  /** Edges closer than this (in twips, 1/20 pt) are one edge: Word rounds widths per row. */
  private static final int EDGE_TOLERANCE = 30;

  /** One inch, for a column whose edges the file does not give. */
  private static final int DEFAULT_WIDTH = 1440;

  private final List<Integer> edges;

  private DocTableGrid(List<Integer> edges) {
    this.edges = edges;
  }

  static DocTableGrid of(Table table) {
    TreeSet<Integer> all = new TreeSet<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        all.add(cell.getLeftEdge());
        all.add(cell.getLeftEdge() + cell.getWidth());
      }
    }
    List<Integer> edges = new ArrayList<>();
    for (int edge : all) {
      if (edges.isEmpty() || edge - edges.get(edges.size() - 1) > EDGE_TOLERANCE) {
        edges.add(edge);
      }
    }
    return new DocTableGrid(edges);
  }

  /** How many grid columns the table has (at least 1). */
  int columns() {
    return Math.max(1, edges.size() - 1);
  }

  /** The width of grid column {@code column} (0-based) in twips; a default for a table without edges. */
  int width(int column) {
    if (column + 1 >= edges.size()) {
      return DEFAULT_WIDTH;
    }
    return Math.max(1, edges.get(column + 1) - edges.get(column));
  }

  /** The grid column (0-based) where a cell starting at this edge begins. */
  int column(int leftEdge) {
    int column = 0;
    for (int i = 1; i < edges.size(); i++) {
      if (edges.get(i) <= leftEdge + EDGE_TOLERANCE) {
        column = i;
      }
    }
    return column;
  }

  /** How many grid columns a cell covers (at least 1). */
  int span(TableCell cell) {
    int first = column(cell.getLeftEdge());
    int last = column(cell.getLeftEdge() + cell.getWidth());
    return Math.max(1, last - first);
  }
}
