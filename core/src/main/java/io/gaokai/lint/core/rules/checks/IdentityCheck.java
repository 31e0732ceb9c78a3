package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.ColumnTemplate;
import io.gaokai.lint.core.model.NationalTemplate;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.model.TableRow;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Arithmetic identities over the cells of one table (勾稽关系). Options: {@code table},
 * {@code forEach: column} (terms are row keys, checked in every column) or {@code forEach: row}
 * (terms are column keys, checked in every row), and {@code assert}: one identity or a list. An
 * identity that touches a missing, lost or non-numeric cell is not evaluated: the table rules report
 * those cells.
 *
 * <p>Placeholders: {@code assertion}, {@code column}, {@code row}, {@code cells}, {@code expected}
 * (the value the left side should have: the right side's sum), {@code actual} (the left side's
 * value), {@code difference}.
 */
public final class IdentityCheck implements Check {

  private final TableKind table;
  private final boolean forEachColumn;
  private final List<IdentityExpression> assertions;

  private IdentityCheck(TableKind table, boolean forEachColumn, List<IdentityExpression> assertions) {
    this.table = table;
    this.forEachColumn = forEachColumn;
    this.assertions = assertions;
  }

  /** The {@code identity} check kind. */
  public static final class Kind implements CheckKind {
    @Override
    public String type() {
      return "identity";
    }

    @Override
    public List<String> placeholders() {
      return List.of("assertion", "column", "row", "cells", "expected", "actual", "difference");
    }

    @Override
    public Check create(Options options) throws RuleDefinitionException {
      TableKind table;
      try {
        table = TableKind.fromId(options.string("table"));
      } catch (IllegalArgumentException e) {
        throw options.error("table", "未知的表格 / unknown table (activeDisclosure, applications, reviewLitigation)");
      }
      boolean forEachColumn = options.choice("forEach", "column", List.of("column", "row")).equals("column");
      List<String> texts = options.strings("assert");
      if (texts.isEmpty()) {
        throw options.error("assert", "identity 规则需要 assert / an identity rule needs assert");
      }
      Set<String> keys = forEachColumn ? rowKeys(table) : columnKeys(table);
      List<IdentityExpression> parsed = new ArrayList<>();
      for (String text : texts) {
        IdentityExpression e;
        try {
          e = IdentityExpression.parse(text);
        } catch (IllegalArgumentException bad) {
          throw options.error("assert", "无法解析等式 “" + text + "” / cannot read identity: " + bad.getMessage());
        }
        for (IdentityExpression.Term t : e.terms()) {
          boolean known = t.sum()
              ? keys.stream().anyMatch(k -> k.equals(t.key()) || k.startsWith(t.key() + "."))
              : keys.contains(t.key());
          if (!known) {
            throw options.error(
                "assert",
                "未知的单元格键 “" + t.key() + "” / unknown cell key “" + t.key() + "” in “" + text + "”; known: " + keys);
          }
        }
        parsed.add(e);
      }
      return new IdentityCheck(table, forEachColumn, List.copyOf(parsed));
    }
  }

  static Set<String> rowKeys(TableKind table) {
    Set<String> keys = new LinkedHashSet<>();
    for (RowTemplate r : allRows(table)) {
      keys.add(r.key());
    }
    return keys;
  }

  static Set<String> columnKeys(TableKind table) {
    Set<String> keys = new LinkedHashSet<>();
    for (RowTemplate r : allRows(table)) {
      r.columns().forEach(c -> keys.add(c.key()));
    }
    return keys;
  }

  private static List<RowTemplate> allRows(TableKind table) {
    return switch (table) {
      case APPLICATIONS -> NationalTemplate.APPLICATION_ROWS;
      case ACTIVE_DISCLOSURE -> NationalTemplate.ACTIVE_DISCLOSURE_ROWS;
      case REVIEW_LITIGATION -> List.of(NationalTemplate.REVIEW_ROW);
    };
  }

  @Override
  public void run(Report report, Reporter reporter) {
    Table t = report.table(table).orElse(null);
    if (t == null || t.rows().isEmpty()) {
      return;
    }
    List<RowTemplate> missing = t.missingRows();
    for (IdentityExpression e : assertions) {
      if (forEachColumn) {
        for (ColumnTemplate column : t.rows().get(0).template().columns()) {
          evaluate(t, missing, e, column, null, reporter);
        }
      } else {
        for (TableRow row : t.rows()) {
          evaluate(t, missing, e, null, row, reporter);
        }
      }
    }
  }

  /** One evaluation: in a column (terms are rows) or in a row (terms are columns). */
  private void evaluate(
      Table t, List<RowTemplate> missing, IdentityExpression e, ColumnTemplate column, TableRow row, Reporter reporter) {
    List<Operand> left = operands(t, missing, e.left(), column, row);
    List<Operand> right = operands(t, missing, e.right(), column, row);
    if (left == null || right == null) {
      return;
    }
    BigDecimal actual = sum(left);
    BigDecimal expected = sum(right);
    if (actual.compareTo(expected) == 0) {
      return;
    }
    Cell anchor = left.get(0).cells.get(0);
    Args args = Args.create()
        .put("assertion", e.text())
        .put("cells", cells(left, right, false), cells(left, right, true))
        .put("expected", expected.toPlainString())
        .put("actual", actual.toPlainString())
        .put("difference", actual.subtract(expected).toPlainString());
    if (column != null) {
      args.put("column", column.label(), column.englishLabel());
      args.put("row", "", "");
    } else {
      args.put("row", row.template().label(), row.template().englishLabel());
      args.put("column", "", "");
    }
    reporter.report(anchor.span(), args.build());
  }

  /** A term with its value and the cells it was summed from. */
  private record Operand(IdentityExpression.Term term, String label, String englishLabel, List<Cell> cells, BigDecimal value) {}

  private List<Operand> operands(
      Table t, List<RowTemplate> missing, List<IdentityExpression.Term> terms, ColumnTemplate column, TableRow row) {
    List<Operand> out = new ArrayList<>();
    for (IdentityExpression.Term term : terms) {
      Operand o = column != null ? inColumn(t, missing, term, column) : inRow(row, term);
      if (o == null) {
        return null;
      }
      out.add(o);
    }
    return out;
  }

  private static Operand inColumn(Table t, List<RowTemplate> missing, IdentityExpression.Term term, ColumnTemplate column) {
    List<TableRow> rows;
    if (term.sum()) {
      rows = t.rows().stream().filter(r -> covers(term.key(), r.key())).toList();
      boolean uncovered =
          missing.stream()
              .filter(m -> covers(term.key(), m.key()))
              .anyMatch(m -> rows.stream().noneMatch(r -> covers(r.key(), m.key())));
      if (rows.isEmpty() || uncovered) {
        return null;
      }
    } else {
      rows = t.row(term.key()).map(List::of).orElse(List.of());
      if (rows.isEmpty()) {
        return null;
      }
    }
    List<Cell> cells = new ArrayList<>();
    BigDecimal value = BigDecimal.ZERO;
    for (TableRow r : rows) {
      Cell c = r.cell(column.key());
      if (c == null || !c.isNumber()) {
        return null;
      }
      cells.add(c);
      value = value.add(c.value());
    }
    String[] labels = label(term, rows.get(0));
    return new Operand(term, labels[0], labels[1], cells, term.negative() ? value.negate() : value);
  }

  private static Operand inRow(TableRow row, IdentityExpression.Term term) {
    List<Cell> cells = new ArrayList<>();
    BigDecimal value = BigDecimal.ZERO;
    String zh = null;
    String en = null;
    List<ColumnTemplate> cols = row.template().columns();
    for (ColumnTemplate c : cols) {
      if (term.sum() ? covers(term.key(), c.key()) : c.key().equals(term.key())) {
        Cell cell = row.cell(c.key());
        if (cell == null || !cell.isNumber()) {
          return null;
        }
        cells.add(cell);
        value = value.add(cell.value());
        if (zh == null) {
          zh = c.label();
          en = c.englishLabel();
        }
      }
    }
    if (cells.isEmpty()) {
      return null;
    }
    return new Operand(term, zh, en, cells, term.negative() ? value.negate() : value);
  }

  static boolean covers(String prefix, String key) {
    // key is prefix, or prefix followed by a dot (no string built per call: this runs per cell)
    return key.startsWith(prefix) && (key.length() == prefix.length() || key.charAt(prefix.length()) == '.');
  }

  private static String[] label(IdentityExpression.Term term, TableRow first) {
    if (term.sum() && !term.key().equals(first.key())) {
      String[] group = NationalTemplate.APPLICATION_GROUPS.get(term.key());
      if (group != null) {
        return new String[] {group[0] + "各项", group[1] + " (all items)"};
      }
      return new String[] {"Σ" + term.key(), "Σ" + term.key()};
    }
    return new String[] {first.template().label(), first.template().englishLabel()};
  }

  private static BigDecimal sum(List<Operand> operands) {
    BigDecimal s = BigDecimal.ZERO;
    for (Operand o : operands) {
      s = s.add(o.value);
    }
    return s;
  }

  private static String cells(List<Operand> left, List<Operand> right, boolean english) {
    StringBuilder sb = new StringBuilder();
    side(sb, left, english);
    sb.append(" ≠ ");
    side(sb, right, english);
    return sb.toString();
  }

  private static void side(StringBuilder sb, List<Operand> side, boolean english) {
    for (int i = 0; i < side.size(); i++) {
      Operand o = side.get(i);
      if (i > 0) {
        sb.append(o.term.negative() ? " − " : " + ");
      } else if (o.term.negative()) {
        sb.append("−");
      }
      sb.append(english ? o.englishLabel : o.label).append('(').append(o.value.abs().toPlainString()).append(')');
    }
  }
}
