package io.gaokai.lint.core.model;

import java.util.List;

/** A row with values inside a table that matches no row of the template. */
public record ExtraRow(String label, Span span, List<Cell> cells) {
  public ExtraRow {
    cells = List.copyOf(cells);
  }
}
