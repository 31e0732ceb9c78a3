package io.gaokai.lint.core.output;

import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.ColumnTemplate;
import io.gaokai.lint.core.model.ExtraRow;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.TableRow;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Draws one of the standard tables as an HTML table: rows in template order with the template's
 * labels (and group rows for table 三), the values as read, missing rows and cells shown as such,
 * and the cells that findings point at marked — failed identities with a visible marker and the
 * value the cell should hold. All text goes through jsoup, which escapes it.
 */
final class HtmlTables {

  /** CSS class of a cell whose identity fails. */
  static final String IDENTITY_FAILED = "identity-failed";

  private final Lang lang;
  private final CellMarks marks;
  /** Where a place of the report's model is in the text the findings point into (see SourceDocument#toOriginal). */
  private final java.util.function.UnaryOperator<Span> place;

  HtmlTables(Lang lang, CellMarks marks, java.util.function.UnaryOperator<Span> place) {
    this.lang = lang;
    this.marks = marks;
    this.place = place;
  }

  private boolean en() {
    return lang.english();
  }

  Element render(Table table) {
    Element wrap = new Element("div").addClass("table-wrap");
    Element t = wrap.appendElement("table").addClass("report-table").attr("data-table", table.kind().id());
    t.appendElement("caption").text(table.kind().label(en()) + (en() ? " (line " : "（第 ") + place.apply(table.span()).line() + (en() ? ")" : " 行）"));
    Element body = t.appendElement("tbody");
    List<ColumnTemplate> header = null;
    List<String> groups = List.of();
    for (RowTemplate template : orderedTemplates(table)) {
      List<TableRow> found = table.rows().stream().filter(r -> r.template() == template).toList();
      if (!template.columns().equals(header)) {
        header = template.columns();
        headerRows(body, header);
      }
      groups = groupRows(body, table.kind().groups(), template.key(), groups, header.size() + 1);
      if (found.isEmpty()) {
        missingRow(body, template);
      }
      for (TableRow row : found) {
        row(body, row);
      }
    }
    for (ExtraRow extra : table.extraRows()) {
      extraRow(body, extra, header == null ? extra.cells().size() : header.size());
    }
    return wrap;
  }

  /** The template rows of the report's version, then rows found of the other version. */
  private static List<RowTemplate> orderedTemplates(Table table) {
    List<RowTemplate> out = new ArrayList<>(table.expectedRows());
    for (TableRow r : table.rowsOfOtherVersion()) {
      if (!out.contains(r.template())) {
        out.add(r.template());
      }
    }
    return out;
  }

  private void headerRows(Element body, List<ColumnTemplate> columns) {
    boolean grouped = columns.size() > 1 && columns.stream().allMatch(c -> c.key().contains("."));
    if (grouped) {
      Map<String, List<ColumnTemplate>> byGroup =
          columns.stream().collect(Collectors.groupingBy(c -> c.key().substring(0, c.key().indexOf('.')), LinkedHashMap::new, Collectors.toList()));
      Element top = body.appendElement("tr").addClass("column-head");
      top.appendElement("th").attr("rowspan", "2").text(en() ? "Item" : "项目");
      for (List<ColumnTemplate> group : byGroup.values()) {
        top.appendElement("th").attr("colspan", String.valueOf(group.size())).text(split(label(group.get(0)))[0]);
      }
      Element second = body.appendElement("tr").addClass("column-head");
      for (ColumnTemplate c : columns) {
        second.appendElement("th").text(split(label(c))[1]);
      }
      return;
    }
    Element tr = body.appendElement("tr").addClass("column-head");
    tr.appendElement("th").text(en() ? "Item" : "项目");
    for (ColumnTemplate c : columns) {
      tr.appendElement("th").text(label(c));
    }
  }

  private String label(ColumnTemplate c) {
    return en() ? c.englishLabel() : c.label();
  }

  /** {@code 行政复议·结果维持} → [行政复议, 结果维持]; {@code review: upheld} likewise. */
  private static String[] split(String label) {
    int dot = label.indexOf('·');
    if (dot > 0) {
      return new String[] {label.substring(0, dot), label.substring(dot + 1)};
    }
    int colon = label.indexOf(": ");
    if (colon > 0) {
      return new String[] {label.substring(0, colon), label.substring(colon + 2)};
    }
    return new String[] {label, label};
  }

  /** Rows for the groups a row key opens ({@code （三）不予公开} before its items); returns the open groups. */
  private List<String> groupRows(
      Element body, java.util.Map<String, TableKind.Group> groups0, String key, List<String> open, int width) {
    List<String> groups = new ArrayList<>();
    int dot = key.indexOf('.');
    while (dot > 0) {
      String prefix = key.substring(0, dot);
      if (groups0.containsKey(prefix) && !prefix.equals(key)) {
        groups.add(prefix);
      }
      dot = key.indexOf('.', dot + 1);
    }
    for (int depth = 0; depth < groups.size(); depth++) {
      String g = groups.get(depth);
      if (!open.contains(g)) {
        TableKind.Group label = groups0.get(g);
        Element tr = body.appendElement("tr").addClass("group-row");
        tr.appendElement("th").attr("colspan", String.valueOf(width)).addClass("depth-" + depth).text(en() ? label.english() : label.label());
      }
    }
    return groups;
  }

  private void row(Element body, TableRow row) {
    Element tr = body.appendElement("tr").attr("data-row", row.key());
    Element th = tr.appendElement("th").attr("scope", "row").addClass("row-label");
    th.appendElement("span").text(row.template().label(en()));
    if (row.labelDistance() > 0 || row.labelCut()) {
      th.appendElement("span").addClass("observed").text((en() ? "as written: " : "原文：") + row.observedLabel());
    }
    flag(th, marks.at(placed(row.labelSpan())), null);
    int width = Math.max(row.template().width(), row.cells().size());
    for (int i = 0; i < width; i++) {
      Cell cell = i < row.cells().size() ? row.cells().get(i) : null;
      Element td = tr.appendElement("td");
      if (cell == null) {
        td.addClass("cell-missing").attr("title", en() ? "cell missing" : "单元格缺失").text("—");
        continue;
      }
      Span at = placed(cell.span());
      td.addClass(cell.isNumber() ? "num" : "not-number").attr("data-line", String.valueOf(at.line()))
          .attr("data-column", String.valueOf(at.column()));
      if (i >= row.template().width()) {
        td.addClass("cell-extra");
      }
      td.appendElement("span").addClass("value").text(cell.text());
      flag(td, marks.at(at), cell);
    }
  }

  /** Marks a cell or label that findings point at: class, title, marker and expected values. */
  private void flag(Element el, List<Finding> findings, Cell cell) {
    if (findings.isEmpty()) {
      return;
    }
    el.attr("title", findings.stream().map(f -> "[" + f.ruleId() + "] " + f.message().get(lang)).collect(Collectors.joining("\n")));
    List<Finding> identities = findings.stream().filter(CellMarks::isIdentity).toList();
    if (identities.isEmpty()) {
      el.addClass("flagged");
      el.appendElement("span").addClass("marker").attr("aria-hidden", "true").text("!");
      return;
    }
    el.addClass(IDENTITY_FAILED);
    el.attr("data-rules", identities.stream().map(Finding::ruleId).distinct().collect(Collectors.joining(" ")));
    el.appendElement("span").addClass("marker").attr("aria-label", en() ? "identity fails" : "勾稽关系不成立").text("✗");
    List<BigDecimal> shown = new ArrayList<>();
    for (Finding f : identities) {
      Optional<BigDecimal> expected = CellMarks.expectedValue(f, cell, placed(cell == null ? null : cell.span()));
      if (expected.isPresent() && shown.stream().noneMatch(v -> v.compareTo(expected.get()) == 0)) {
        shown.add(expected.get());
        el.appendElement("span").addClass("expected").attr("data-rule", f.ruleId())
            .text((en() ? "should be " : "应为 ") + expected.get().toPlainString());
      }
    }
  }

  private Span placed(Span span) {
    return span == null ? null : place.apply(span);
  }

  private void missingRow(Element body, RowTemplate template) {
    Element tr = body.appendElement("tr").addClass("row-missing").attr("data-row", template.key());
    tr.appendElement("th").attr("scope", "row").addClass("row-label").text(template.label(en()));
    tr.appendElement("td").attr("colspan", String.valueOf(template.width())).text(en() ? "(row not found)" : "（未找到此行）");
  }

  private void extraRow(Element body, ExtraRow extra, int width) {
    Element tr = body.appendElement("tr").addClass("row-extra");
    Element th = tr.appendElement("th").attr("scope", "row").addClass("row-label");
    th.text((en() ? "not in the template: " : "模板外：") + (extra.label().isEmpty() ? "—" : extra.label()));
    flag(th, marks.at(placed(extra.span())), null);
    for (int i = 0; i < Math.max(width, extra.cells().size()); i++) {
      Element td = tr.appendElement("td");
      if (i < extra.cells().size()) {
        td.text(extra.cells().get(i).text());
      }
    }
  }
}
