package io.gaokai.lint.core.model;

import java.util.List;

/**
 * A template row found in the document.
 *
 * @param template the row of the template it was recognised as
 * @param observedLabel the label as written (normalised), which may differ from the template's
 * @param labelDistance edit distance between the observed and the template label (0: identical);
 *     for a cut label, the distance of the part that is there
 * @param labelCut whether only the beginning of the label was found (the rest lost or moved by
 *     extraction)
 * @param labelSpan where the label is
 * @param cells the value positions read, in order; fewer than the template's columns when cells
 *     were lost (PDF extraction), more when the row has extra cells
 * @param reading whether the row's numbers were read with certainty; when not (a crawler broke a
 *     number over lines, or whole-page text ran the numbers together, and they could not be put
 *     back together one way only), nothing that needs its cells is evaluated
 */
public record TableRow(
    RowTemplate template,
    String observedLabel,
    int labelDistance,
    boolean labelCut,
    Span labelSpan,
    List<Cell> cells,
    Reading reading) {

  /** How certain the reading of a row's numbers is. */
  public enum Reading {
    /** Read as written, or put back together in exactly one way. */
    CERTAIN,
    /** A number broken over two lines that could be joined more than one way, or none. */
    NUMBER_BROKEN,
    /** Numbers run together without separators ({@code 1235}) that could be taken apart more than one way, or none. */
    RUN_TOGETHER
  }

  public TableRow {
    cells = List.copyOf(cells);
    reading = reading == null ? Reading.CERTAIN : reading;
  }

  /** A row read with certainty. */
  public TableRow(RowTemplate template, String observedLabel, int labelDistance, boolean labelCut, Span labelSpan, List<Cell> cells) {
    this(template, observedLabel, labelDistance, labelCut, labelSpan, cells, Reading.CERTAIN);
  }

  /** Whether the row's numbers could not be read with certainty. */
  public boolean uncertain() {
    return reading != Reading.CERTAIN;
  }

  /** The same row, its numbers read as {@code read} with the certainty {@code how}. */
  public TableRow withCells(List<Cell> read, Reading how) {
    return new TableRow(template, observedLabel, labelDistance, labelCut, labelSpan, read, how);
  }

  /** Whether every column of the template has exactly one value position. */
  public boolean isComplete() {
    return cells.size() == template.width();
  }

  /** The cell of the given column, or null when the row is incomplete or uncertain, or the column unknown. */
  public Cell cell(String columnKey) {
    if (!isComplete() || uncertain()) {
      return null;
    }
    List<ColumnTemplate> cols = template.columns();
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).key().equals(columnKey)) {
        return cells.get(i);
      }
    }
    return null;
  }

  public String key() {
    return template.key();
  }
}
