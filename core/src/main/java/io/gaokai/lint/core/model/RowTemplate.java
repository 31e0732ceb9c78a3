package io.gaokai.lint.core.model;

import java.util.List;

/**
 * A row of a standard table as the template has it.
 *
 * @param key stable English key, dotted by group ({@code results.withheld.stateSecret})
 * @param label the label in the template
 * @param englishLabel the label in English, for messages
 * @param columns the numeric columns of this row, in order
 * @param formats the format versions whose template has this row
 */
public record RowTemplate(
    String key, String label, String englishLabel, List<ColumnTemplate> columns, List<FormatVersion> formats) {

  public RowTemplate {
    columns = List.copyOf(columns);
    formats = List.copyOf(formats);
  }

  public boolean in(FormatVersion format) {
    return formats.contains(format);
  }

  public int width() {
    return columns.size();
  }

  public String label(boolean english) {
    return english ? englishLabel : label;
  }
}
