package io.gaokai.lint.core.output;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * One self-contained HTML page for people: the verdict and totals at the top with a line per
 * report, then per report its findings grouped by part and its three tables with the cells of
 * failed identities marked and the value they should hold. Inline CSS only — no scripts, fonts or
 * anything fetched. Built with jsoup, so every text from a report is escaped. The summary comes
 * first, so the report sections (small) are kept until the end of the run.
 */
public final class HtmlFormatter implements FindingsFormatter {

  private static final String CSS_RESOURCE = "html-report.css";

  private final FormatContext context;
  private final HtmlReportSection sections;
  private final List<Element> rendered = new ArrayList<>();
  private final List<Overview> overview = new ArrayList<>();
  private final RunTally tally = new RunTally();

  /** What the summary table shows of one report (the report itself is not kept). */
  private record Overview(String file, String year, String format, long errors, long warnings, long infos) {}

  public HtmlFormatter(FormatContext context) {
    this.context = context;
    this.sections = new HtmlReportSection(context.lang(), new RuleCatalog(context.rules()));
  }

  @Override
  public void begin(Writer out) {
    // the page starts with the summary, known only at the end
  }

  @Override
  public void file(FileResult result, Writer out) {
    rendered.add(sections.render(result, anchor(rendered.size())));
    tally.add(result);
    boolean en = context.english();
    overview.add(
        new Overview(
            result.file(),
            result.report() == null || !result.report().hasYear() ? "—" : String.valueOf(result.report().year()),
            result.report() == null ? (en ? "unreadable" : "无法读取") : result.report().format().label(en),
            result.count(Severity.ERROR),
            result.count(Severity.WARNING),
            result.count(Severity.INFO)));
  }

  private static String anchor(int index) {
    return "report-" + (index + 1);
  }

  @Override
  public void end(RunSummary summary, Writer out) throws IOException {
    boolean en = context.english();
    Document doc = Document.createShell("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(true);
    doc.prependChild(new DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", en ? "en" : "zh-CN");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(en ? "gaokai-lint report" : "gaokai-lint 检查报告");
    head.appendElement("style").appendChild(new DataNode(css()));
    Element body = doc.body();
    body.appendElement("h1").text(en ? "Annual report check" : "政府信息公开工作年度报告检查结果");
    body.appendElement("p").addClass("tool").text("gaokai-lint " + context.toolVersion() + (en ? " · rule set: " : " · 规则集：")
        + (context.rules() == null ? "—" : context.rules().name()));
    verdict(body, summary);
    counts(body, summary);
    fileTable(body);
    tallies(body);
    rendered.forEach(body::appendChild);
    out.write(doc.outerHtml());
    out.write("\n");
  }

  private void verdict(Element body, RunSummary summary) {
    boolean en = context.english();
    long failing = summary.atOrAbove(context.failOn());
    boolean fails = failing > 0 || summary.unreadable() > 0;
    String threshold = context.failOn() == null ? "never" : context.failOn().label(en);
    String text;
    if (!fails) {
      text = en ? "Passed: nothing at or above " + threshold : "通过：没有达到“" + threshold + "”级别的问题";
    } else if (failing > 0) {
      text = en ? "Failed: " + failing + " finding(s) at or above " + threshold : "未通过：" + failing + " 个问题达到“" + threshold + "”级别";
    } else {
      text = en ? "Failed: " + summary.unreadable() + " file(s) could not be read" : "未通过：" + summary.unreadable() + " 个文件无法读取";
    }
    body.appendElement("div").addClass("verdict").addClass(fails ? "fail" : "pass").text(text);
  }

  private void counts(Element body, RunSummary summary) {
    boolean en = context.english();
    Element ul = body.appendElement("ul").addClass("counts");
    count(ul, summary.files(), en ? "files" : "个文件", "files");
    count(ul, summary.errors(), Severity.ERROR.label(en), "errors");
    count(ul, summary.warnings(), Severity.WARNING.label(en), "warnings");
    count(ul, summary.infos(), Severity.INFO.label(en), "infos");
    if (summary.unreadable() > 0) {
      count(ul, summary.unreadable(), en ? "unreadable" : "无法读取", "unreadable");
    }
  }

  private static void count(Element ul, long n, String label, String key) {
    Element li = ul.appendElement("li").attr("data-count", key);
    li.appendElement("b").text(String.valueOf(n));
    li.appendText(label);
  }

  private void fileTable(Element body) {
    boolean en = context.english();
    Element table = body.appendElement("table").addClass("summary-table");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String h : en
        ? List.of("Report", "Year", "Format", "Errors", "Warnings", "Infos")
        : List.of("报告", "年度", "格式版本", "错误", "警告", "提示")) {
      head.appendElement("th").text(h);
    }
    Element tbody = table.appendElement("tbody");
    for (int i = 0; i < overview.size(); i++) {
      Overview r = overview.get(i);
      Element tr = tbody.appendElement("tr");
      tr.appendElement("td").appendElement("a").attr("href", "#" + anchor(i)).text(r.file());
      tr.appendElement("td").text(r.year());
      tr.appendElement("td").text(r.format());
      tr.appendElement("td").addClass("n").text(String.valueOf(r.errors()));
      tr.appendElement("td").addClass("n").text(String.valueOf(r.warnings()));
      tr.appendElement("td").addClass("n").text(String.valueOf(r.infos()));
    }
  }

  /** Over several reports: the findings per rule and per organ (see {@link RunTally}). */
  private void tallies(Element body) {
    if (!tally.worthShowing()) {
      return;
    }
    boolean en = context.english();
    RuleCatalog catalog = new RuleCatalog(context.rules());
    tallyTable(body, "by-rule", en ? "Findings per rule" : "各规则的问题数",
        en ? List.of("Rule", "Name", "Errors", "Warnings", "Infos") : List.of("规则", "名称", "错误", "警告", "提示"),
        tally.rules(), (tr, id) -> {
          tr.appendElement("td").appendElement("code").text(id);
          tr.appendElement("td").text(catalog.rule(id).map(r -> r.name().get(context.lang())).orElse(""));
        });
    tallyTable(body, "by-organ", en ? "Findings per organ" : "各机关的问题数",
        en ? List.of("Organ", "Reports", "Errors", "Warnings", "Infos") : List.of("机关", "报告数", "错误", "警告", "提示"),
        tally.organs(), (tr, organ) -> {
          tr.appendElement("td").text(organ.isEmpty() ? (en ? "(not named)" : "（未识别）") : organ);
          tr.appendElement("td").addClass("n").text(String.valueOf(tally.filesOf(organ)));
        });
  }

  /** One tally: a row per entry, its first cells by {@code label}, then its errors, warnings and infos. */
  private static void tallyTable(
      Element body, String kind, String caption, List<String> headers, List<java.util.Map.Entry<String, RunTally.Counts>> entries,
      java.util.function.BiConsumer<Element, String> label) {
    Element table = body.appendElement("table").addClass("tally-table").addClass(kind);
    table.appendElement("caption").text(caption);
    header(table, headers);
    Element rows = table.appendElement("tbody");
    for (var e : entries) {
      Element tr = rows.appendElement("tr");
      label.accept(tr, e.getKey());
      counts(tr, e.getValue());
    }
  }

  private static void header(Element table, List<String> names) {
    Element tr = table.appendElement("thead").appendElement("tr");
    names.forEach(n -> tr.appendElement("th").text(n));
  }

  private static void counts(Element tr, RunTally.Counts c) {
    tr.appendElement("td").addClass("n").text(String.valueOf(c.errors));
    tr.appendElement("td").addClass("n").text(String.valueOf(c.warnings));
    tr.appendElement("td").addClass("n").text(String.valueOf(c.infos));
  }

  private static String css() {
    try (InputStream in = HtmlFormatter.class.getResourceAsStream(CSS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + CSS_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
