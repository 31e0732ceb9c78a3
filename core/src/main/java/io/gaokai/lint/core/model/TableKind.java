package io.gaokai.lint.core.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One of the standard tables, as the format document declares it.
 *
 * @param id its key in rule files ({@code applications})
 * @param part the number of the part it belongs to
 * @param chinese its name in Chinese, for messages
 * @param english its name in English
 * @param blocks whether it is laid out as one row of values under blocks of outcome columns
 *     (table 四) rather than as labelled rows
 * @param start phrases one of which the line where the table begins holds
 * @param lastRow the key of the row after which the table ends once complete, or empty
 * @param versionEvidence whether rows that only one version has tell the report's version
 * @param headers the header labels each version's table carries, by version id
 * @param headersAreColumns whether the header must name every column instead
 * @param tableWords header words that prose does not use (a blocks table is only taken for one
 *     when it has values or one of these)
 * @param rows every row of every version, in template order
 * @param groups labels of the row groups that have no row of their own, by key prefix
 * @param outcomes for a blocks table, the outcome columns of each block
 * @param rowTotal the key of the column that is the sum of a row's other columns, or empty
 * @param rowKeys every row key, each once, in template order (computed from {@code rows})
 * @param columnKeys every column key, each once, in template order (computed from {@code rows})
 */
public record TableKind(
    String id,
    int part,
    String chinese,
    String english,
    boolean blocks,
    List<String> start,
    String lastRow,
    boolean versionEvidence,
    Map<String, List<String>> headers,
    boolean headersAreColumns,
    List<String> tableWords,
    List<RowTemplate> rows,
    Map<String, Group> groups,
    List<Outcome> outcomes,
    String rowTotal,
    Set<String> rowKeys,
    Set<String> columnKeys) {

  /** A group of rows without a row of its own, e.g. （三）不予公开. */
  public record Group(String key, String label, String english) {}

  /** An outcome column of each block of a blocks table, and the word of it that survives wrapping. */
  public record Outcome(String key, String label, String english, String word) {}

  /** A table of the format; its row and column keys are gathered from its rows. */
  public TableKind(
      String id, int part, String chinese, String english, boolean blocks, List<String> start, String lastRow,
      boolean versionEvidence, Map<String, List<String>> headers, boolean headersAreColumns, List<String> tableWords,
      List<RowTemplate> rows, Map<String, Group> groups, List<Outcome> outcomes, String rowTotal) {
    this(id, part, chinese, english, blocks, start, lastRow, versionEvidence, headers, headersAreColumns, tableWords, rows,
        groups, outcomes, rowTotal == null ? "" : rowTotal, keys(rows, false), keys(rows, true));
  }

  private static Set<String> keys(List<RowTemplate> rows, boolean columns) {
    Set<String> keys = new LinkedHashSet<>();
    for (RowTemplate r : rows) {
      if (columns) {
        r.columns().forEach(c -> keys.add(c.key()));
      } else {
        keys.add(r.key());
      }
    }
    return java.util.Collections.unmodifiableSet(keys);
  }

  public TableKind {
    start = List.copyOf(start);
    lastRow = lastRow == null ? "" : lastRow;
    headers = Map.copyOf(headers);
    tableWords = List.copyOf(tableWords);
    rows = List.copyOf(rows);
    groups = Map.copyOf(groups);
    outcomes = List.copyOf(outcomes);
  }

  /** The same table with other rows (and headers by version): for versions derived from others. */
  public TableKind withRows(List<RowTemplate> newRows, Map<String, List<String>> newHeaders) {
    return new TableKind(
        id, part, chinese, english, blocks, start, lastRow, versionEvidence, newHeaders, headersAreColumns, tableWords, newRows,
        groups, outcomes, rowTotal);
  }

  public String label(boolean english) {
    return english ? this.english : chinese;
  }

  /** Rows of the template of the given version, in template order. */
  public List<RowTemplate> rows(FormatVersion version) {
    return rows.stream().filter(r -> r.in(version)).toList();
  }

  /** The header labels the table of the given version carries. */
  public List<String> headers(FormatVersion version) {
    if (headersAreColumns) {
      return columnLabels();
    }
    List<String> h = headers.get(version.id());
    if (h != null) {
      return h;
    }
    return headers.getOrDefault("", List.of());
  }

  /** The labels of every column, each once, in order. */
  public List<String> columnLabels() {
    Set<String> labels = new LinkedHashSet<>();
    for (RowTemplate r : rows) {
      r.columns().forEach(c -> labels.add(c.label()));
    }
    return new ArrayList<>(labels);
  }

}
