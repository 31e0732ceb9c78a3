package io.gaokai.lint.core.output;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.FindingData;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.LocalizedText;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.Severity;
import org.jsoup.nodes.Element;

/**
 * The part of the HTML page about one report: what was detected, the findings grouped by the part
 * of the report they are in, and the three tables with the cells the findings name marked.
 */
final class HtmlReportSection {

  /** At most this many characters of a finding's source line are shown. */
  private static final int SOURCE_WIDTH = 200;

  private final Lang lang;
  private final RuleCatalog catalog;

  HtmlReportSection(Lang lang, RuleCatalog catalog) {
    this.lang = lang;
    this.catalog = catalog;
  }

  private boolean en() {
    return lang.english();
  }

  Element render(FileResult result, String anchor) {
    Element section = new Element("section").addClass("report").id(anchor);
    section.appendElement("h2").text(result.file());
    section.appendElement("p").addClass("meta").text(meta(result));
    section.appendElement("h3").text(en() ? "Findings" : "问题");
    if (result.activeFindings().isEmpty()) {
      section.appendElement("p").addClass("none").text(en() ? "No findings." : "未发现问题。");
    }
    for (FindingGroups.Group group : FindingGroups.of(result.report(), result.activeFindings())) {
      section.appendElement("h4").text(groupTitle(group, result.report()));
      Element list = section.appendElement("ul").addClass("findings");
      for (Finding f : group.findings()) {
        finding(list, f, result.report());
      }
    }
    Report report = result.report();
    if (report != null && !report.tables().isEmpty()) {
      section.appendElement("h3").text(en() ? "Tables" : "表格");
      HtmlTables tables = new HtmlTables(lang, new CellMarks(result.activeFindings()), result.report().source()::toOriginal);
      for (TableKind kind : report.definition().tables()) {
        report.table(kind.id()).ifPresent(t -> section.appendChild(tables.render(t)));
      }
    }
    return section;
  }

  private String meta(FileResult result) {
    Report r = result.report();
    String kind = (en() ? "read as " : "读取为 ") + result.kind();
    if (r == null) {
      return kind + (en() ? " · unreadable" : " · 无法读取");
    }
    String year = r.hasYear() ? (en() ? "report year " + r.year() : r.year() + " 年度") : (en() ? "year unknown" : "年度未知");
    return kind + " · " + year + " · " + r.format().label(en()) + " · " + (en() ? "lines: " : "行数：") + r.source().original().lineCount();
  }

  private String groupTitle(FindingGroups.Group group, Report report) {
    if (group.part() == null) {
      return en() ? "Preface and title" : "前言/标题";
    }
    int line = report.source().toOriginal(group.part().heading().span()).line();
    return group.part().heading().text() + (en() ? " (line " + line + ")" : "（第 " + line + " 行）");
  }

  private void finding(Element list, Finding f, Report report) {
    Severity s = f.severity();
    Element li = list.appendElement("li").addClass(s.id()).attr("data-rule", f.ruleId());
    li.appendElement("span").addClass("sev").addClass(s.id()).text(s.label(en()));
    Span span = f.span();
    String where = en() ? "line " + span.line() + ", column " + span.column() : "第 " + span.line() + " 行第 " + span.column() + " 列";
    if (!span.locator().isEmpty()) {
      where += " · " + span.locator().describe(en());
    }
    li.appendElement("span").addClass("where").text(where);
    li.appendElement("span").addClass("rule").text("[" + f.ruleId() + "]");
    li.appendElement("span").addClass("message").text(f.message().get(lang));
    if (report != null && span.line() <= report.source().original().lineCount()) {
      String line = report.source().original().line(span.line()).strip();
      if (!line.isEmpty()) {
        li.appendElement("code").addClass("source").text(around(line, span.column()));
      }
    }
    versus(li, f, report);
    catalog.rule(f.ruleId()).map(Rule::help).map(h -> h.get(lang).strip()).filter(h -> !h.isEmpty())
        .ifPresent(h -> li.appendElement("span").addClass("fix").text((en() ? "Fix: " : "修正：") + h));
  }

  /**
   * A number in a sentence compared with the tables: the sentence and the cells it was compared
   * with, side by side.
   */
  private void versus(Element li, Finding f, Report report) {
    LocalizedText sentence = f.args().get("sentence");
    if (sentence == null || sentence.get(lang).isBlank() || f.data().cells().isEmpty() || report == null) {
      return;
    }
    Element box = li.appendElement("div").addClass("versus");
    box.appendElement("blockquote").addClass("sentence").text(sentence.get(lang));
    Element table = box.appendElement("table").addClass("cells");
    for (FindingData.CellData c : f.data().cells()) {
      Element tr = table.appendElement("tr");
      tr.appendElement("th").text(cellLabel(report, c) + (c.lastYear() ? (en() ? " (last year)" : "（上年）") : ""));
      tr.appendElement("td").addClass("n").text(c.value());
    }
  }

  /** 一、本年新收政府信息公开申请数量 · 总计: the row's and the column's labels in the format. */
  private String cellLabel(Report report, FindingData.CellData c) {
    return report.definition().table(c.table()).map(kind -> {
      String row = kind.rows().stream().filter(r -> r.key().equals(c.row())).findFirst().map(r -> r.label(en())).orElse(c.row());
      String column = kind.rows().stream().flatMap(r -> r.columns().stream()).filter(col -> col.key().equals(c.column())).findFirst()
          .map(col -> en() ? col.englishLabel() : col.label()).orElse(c.column());
      return row + " · " + column;
    }).orElse(c.table() + "/" + c.row() + "/" + c.column());
  }

  /** A long line shortened to the part around {@code column}, as whole-page text needs. */
  static String around(String line, int column) {
    int[] cps = line.codePoints().toArray();
    if (cps.length <= SOURCE_WIDTH) {
      return line;
    }
    int from = Math.max(0, Math.min(column - 1 - SOURCE_WIDTH / 4, cps.length - SOURCE_WIDTH));
    int to = Math.min(cps.length, from + SOURCE_WIDTH);
    return (from > 0 ? "…" : "") + new String(cps, from, to - from) + (to < cps.length ? "…" : "");
  }
}
