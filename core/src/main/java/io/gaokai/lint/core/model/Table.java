package io.gaokai.lint.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One of the three standard tables as found in a report.
 *
 * @param kind which table
 * @param span where the table starts
 * @param lastLine the last line read as part of the table
 * @param expectedRows the template rows the report's format version calls for
 * @param rows the template rows found (any version), in document order
 * @param extraRows rows with values that match no template row
 * @param missingHeaders header labels of the template not found in the table's header text
 * @param missingRows template rows of the report's format version that were not found (computed)
 */
public record Table(
    TableKind kind,
    Span span,
    int lastLine,
    List<RowTemplate> expectedRows,
    List<TableRow> rows,
    List<ExtraRow> extraRows,
    List<String> missingHeaders,
    List<RowTemplate> missingRows) {

  /** A table as read; the rows it misses are worked out once, here. */
  public Table(
      TableKind kind, Span span, int lastLine, List<RowTemplate> expectedRows, List<TableRow> rows, List<ExtraRow> extraRows,
      List<String> missingHeaders) {
    this(kind, span, lastLine, expectedRows, rows, extraRows, missingHeaders, missing(expectedRows, rows));
  }

  private static List<RowTemplate> missing(List<RowTemplate> expectedRows, List<TableRow> rows) {
    java.util.Set<RowTemplate> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    rows.forEach(r -> found.add(r.template()));
    return expectedRows.stream().filter(t -> !found.contains(t)).toList();
  }

  public Table {
    expectedRows = List.copyOf(expectedRows);
    rows = List.copyOf(rows);
    extraRows = List.copyOf(extraRows);
    missingHeaders = List.copyOf(missingHeaders);
    missingRows = List.copyOf(missingRows);
  }

  public Optional<TableRow> row(String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  /** The cell at row × column, if the row was found complete. */
  public Optional<Cell> cell(String rowKey, String columnKey) {
    return row(rowKey).map(r -> r.cell(columnKey));
  }

  /** Rows found that belong to another format version's template. */
  public List<TableRow> rowsOfOtherVersion() {
    return rows.stream().filter(r -> expectedRows.stream().noneMatch(t -> t == r.template())).toList();
  }
}
