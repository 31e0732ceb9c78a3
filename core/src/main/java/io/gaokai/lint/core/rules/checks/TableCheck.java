package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.ExtraRow;
import io.gaokai.lint.core.model.PartKind;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.model.TableRow;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of the standard tables: {@code check: missing | rows-missing | rows-extra | label |
 * cells-lost | cells-extra | non-numeric | not-count | headers}, optionally limited to one
 * {@code table: applications | activeDisclosure | reviewLitigation}.
 *
 * <p>Placeholders: {@code table}, {@code row} (template label), {@code found} (label or value as
 * written), {@code expected} (count or label expected), {@code count} (count found), {@code header}.
 */
public final class TableCheck implements Check {

  private static final List<String> ASPECTS =
      List.of("missing", "rows-missing", "rows-extra", "label", "cells-lost", "cells-extra", "non-numeric", "not-count", "headers");

  private final String aspect;
  private final List<TableKind> tables;

  private TableCheck(String aspect, List<TableKind> tables) {
    this.aspect = aspect;
    this.tables = tables;
  }

  /** The {@code table} check kind. */
  public static final class Kind implements CheckKind {
    @Override
    public String type() {
      return "table";
    }

    @Override
    public List<String> placeholders() {
      return List.of("table", "row", "found", "expected", "count", "header");
    }

    @Override
    public Check create(Options options) throws RuleDefinitionException {
      String aspect = options.choice("check", null, ASPECTS);
      List<TableKind> tables = new ArrayList<>();
      for (String id : options.strings("table")) {
        try {
          tables.add(TableKind.fromId(id));
        } catch (IllegalArgumentException e) {
          throw options.error("table", "未知的表格 / unknown table: " + id + " (activeDisclosure, applications, reviewLitigation)");
        }
      }
      if (tables.isEmpty()) {
        tables.addAll(List.of(TableKind.values()));
      }
      return new TableCheck(aspect, List.copyOf(tables));
    }
  }

  @Override
  public void run(Report report, Reporter reporter) {
    for (TableKind kind : tables) {
      Table table = report.table(kind).orElse(null);
      if (table == null) {
        if (aspect.equals("missing")) {
          reporter.report(whereTableBelongs(report, kind), base(kind).build());
        }
        continue;
      }
      switch (aspect) {
        case "missing" -> { }
        case "rows-missing" -> rowsMissing(table, reporter);
        case "rows-extra" -> {
          for (ExtraRow extra : table.extraRows()) {
            String label = extra.label().isEmpty() ? "（无标签）" : extra.label();
            reporter.report(extra.span(), base(kind).put("found", label, extra.label().isEmpty() ? "(no label)" : extra.label()).put("count", extra.cells().size()).build());
          }
        }
        case "label" -> {
          for (TableRow row : table.rows()) {
            if (row.labelDistance() > 0) {
              reporter.report(row.labelSpan(), rowArgs(kind, row).put("found", row.observedLabel()).build());
            }
          }
        }
        case "cells-lost" -> {
          for (TableRow row : table.rows()) {
            if (row.cells().size() < row.template().width()) {
              reporter.report(rowSpan(row), rowArgs(kind, row).put("count", row.cells().size()).build());
            }
          }
        }
        case "cells-extra" -> {
          for (TableRow row : table.rows()) {
            if (row.cells().size() > row.template().width()) {
              reporter.report(row.cells().get(row.template().width()).span(), rowArgs(kind, row).put("count", row.cells().size()).build());
            }
          }
        }
        case "non-numeric" -> {
          for (TableRow row : table.rows()) {
            for (Cell cell : row.cells()) {
              if (!cell.isNumber()) {
                reporter.report(cell.span(), rowArgs(kind, row).put("found", cell.text()).build());
              }
            }
          }
        }
        case "not-count" -> {
          for (TableRow row : table.rows()) {
            for (Cell cell : row.cells()) {
              if (cell.isNumber() && !cell.isCount()) {
                reporter.report(cell.span(), rowArgs(kind, row).put("found", cell.text()).build());
              }
            }
          }
        }
        case "headers" -> {
          for (String header : table.missingHeaders()) {
            reporter.report(table.span(), base(kind).put("header", header).build());
          }
        }
        default -> throw new IllegalStateException(aspect);
      }
    }
  }

  /**
   * Template rows of the report's version that are absent. A row whose counterpart of the other
   * version is there (（六）其他处理 as one row instead of its three items) is a format-version
   * matter, not a missing row.
   */
  private static void rowsMissing(Table table, Reporter reporter) {
    for (RowTemplate missing : table.missingRows()) {
      boolean counterpart =
          table.rows().stream()
              .anyMatch(r -> missing.key().startsWith(r.key() + ".") || r.key().startsWith(missing.key() + "."));
      if (!counterpart) {
        reporter.report(
            table.span(),
            base(table.kind()).put("row", missing.label(), missing.englishLabel()).put("expected", missing.label()).build());
      }
    }
  }

  private static Span rowSpan(TableRow row) {
    return row.labelSpan() != null ? row.labelSpan() : row.cells().get(0).span();
  }

  private static Args base(TableKind kind) {
    return Args.create().put("table", kind.label(false), kind.label(true));
  }

  private static Args rowArgs(TableKind kind, TableRow row) {
    RowTemplate t = row.template();
    return base(kind)
        .put("row", t.label(), t.englishLabel())
        .put("expected", t.width());
  }

  private static Span whereTableBelongs(Report report, TableKind kind) {
    PartKind part =
        switch (kind) {
          case ACTIVE_DISCLOSURE -> PartKind.ACTIVE_DISCLOSURE;
          case APPLICATIONS -> PartKind.APPLICATIONS;
          case REVIEW_LITIGATION -> PartKind.REVIEW_LITIGATION;
        };
    return report.part(part).map(p -> p.heading().span()).orElseGet(() -> DocumentAnchor.of(report));
  }
}
