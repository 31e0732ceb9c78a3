package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.ReportFormat;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.util.ArrayList;
import java.util.List;

/** The {@code table:} option: table ids, every table when absent; checked against the format when a report is. */
final class Tables {

  private Tables() {}

  /** The ids named, or null for every table. */
  static List<String> ids(Options options) throws RuleDefinitionException {
    List<String> ids = options.strings("table");
    for (String id : ids) {
      if (options.format().table(id).isEmpty()) {
        throw options.error(
            "table", "未知的表格 / unknown table: " + id + "; known: " + options.format().tables().stream().map(TableKind::id).toList());
      }
    }
    return ids.isEmpty() ? null : List.copyOf(ids);
  }

  /** The tables the ids name (all when null) that the report has, in the format's order. */
  static List<Table> found(Report report, List<String> ids) {
    List<Table> out = new ArrayList<>();
    for (TableKind kind : of(report.definition(), ids)) {
      report.table(kind.id()).ifPresent(out::add);
    }
    return out;
  }

  /** The tables of the format the ids name (all when null), in the format's order. */
  static List<TableKind> of(ReportFormat format, List<String> ids) {
    return format.tables().stream().filter(t -> ids == null || ids.contains(t.id())).toList();
  }
}
