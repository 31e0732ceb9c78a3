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
 * @param uncertain whether a number of the row could not be read with certainty (a crawler broke it
 *     over lines and it could not be put back together): nothing that needs its cells is evaluated
 */
public record TableRow(
    RowTemplate template,
    String observedLabel,
    int labelDistance,
    boolean labelCut,
    Span labelSpan,
    List<Cell> cells,
    boolean uncertain) {

  public TableRow {
    cells = List.copyOf(cells);
  }

  /** A row read with certainty. */
  public TableRow(RowTemplate template, String observedLabel, int labelDistance, boolean labelCut, Span labelSpan, List<Cell> cells) {
    this(template, observedLabel, labelDistance, labelCut, labelSpan, cells, false);
  }

  /** Whether every column of the template has exactly one value position. */
  public boolean isComplete() {
    return cells.size() == template.width();
  }

  /** The cell of the given column, or null when the row is incomplete or uncertain, or the column unknown. */
  public Cell cell(String columnKey) {
    if (!isComplete() || uncertain) {
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
