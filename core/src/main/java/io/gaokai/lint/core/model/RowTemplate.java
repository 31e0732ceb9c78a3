package io.gaokai.lint.core.model;

import java.util.List;
import java.util.Set;

/**
 * A row of a standard table as the format has it.
 *
 * @param key stable English key, dotted by group ({@code results.withheld.stateSecret})
 * @param label the label in the template
 * @param englishLabel the label in English, for messages
 * @param columns the numeric columns of this row, in order
 * @param versions the ids of the format versions whose template has this row
 * @param evidence how the row is named when it tells a report's version apart (empty: its label)
 */
public record RowTemplate(
    String key, String label, String englishLabel, List<ColumnTemplate> columns, Set<String> versions, String evidence) {

  public RowTemplate {
    columns = List.copyOf(columns);
    versions = Set.copyOf(versions);
    evidence = evidence == null || evidence.isEmpty() ? label : evidence;
  }

  public boolean in(FormatVersion format) {
    return versions.contains(format.id());
  }

  public int width() {
    return columns.size();
  }

  public String label(boolean english) {
    return english ? englishLabel : label;
  }
}
