package io.gaokai.lint.core.output;

import static io.gaokai.lint.core.output.OutputFixtures.context;
import static io.gaokai.lint.core.output.OutputFixtures.lineStartingWith;
import static io.gaokai.lint.core.output.OutputFixtures.lint;
import static io.gaokai.lint.core.output.OutputFixtures.render;
import static io.gaokai.lint.core.output.OutputFixtures.sampleReport;
import static io.gaokai.lint.core.output.OutputFixtures.unreadable;
import static io.gaokai.lint.core.output.OutputFixtures.withLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlFormatterTest {

  private static Document html(Lang lang, List<FileResult> results) {
    return Jsoup.parse(render(HtmlFormatter::new, context(lang, Severity.ERROR, null), results));
  }

  /** The sample with the total of 四、结转下年度继续办理 written as 7 instead of 1. */
  private static FileResult brokenCarryForward() {
    String text = sampleReport();
    int line = lineStartingWith(text, "四、结转下年度继续办理");
    return lint("broken.txt", withLine(text, line, "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t7"));
  }

  @Test
  void aSelfContainedPageInTheLanguageOfTheRun() {
    Document doc = html(Lang.ZH, List.of(lint("clean.txt", sampleReport())));

    assertThat(doc.documentType().name()).isEqualTo("html");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(doc.select("script, link, img, iframe, object")).isEmpty();
    assertThat(doc.select("[src], link[href]")).isEmpty();
    assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    assertThat(doc.select(".verdict.pass").text()).startsWith("通过");
    assertThat(html(Lang.EN, List.of()).selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void theSummaryCountsAndLinksEveryReport() {
    Document doc = html(Lang.ZH, List.of(brokenCarryForward(), unreadable("gone.txt")));

    assertThat(doc.select(".verdict.fail").text()).isEqualTo("未通过：2 个问题达到“错误”级别");
    assertThat(doc.select(".counts [data-count=errors] b").text()).isEqualTo("2");
    assertThat(doc.select(".counts [data-count=unreadable] b").text()).isEqualTo("1");
    assertThat(doc.select(".summary-table tbody tr")).hasSize(2);
    for (Element link : doc.select(".summary-table a")) {
      assertThat(doc.getElementById(link.attr("href").substring(1))).isNotNull();
    }
    assertThat(doc.select("section.report h2").eachText()).containsExactly("broken.txt", "gone.txt");
  }

  @Test
  void theFontStacksNameTheCommonChineseFontsOfEverySystem() {
    String css = html(Lang.ZH, List.of()).select("style").html();
    String cjk = "\"Microsoft YaHei\", \"PingFang SC\", \"Hiragino Sans GB\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\"";

    java.util.regex.Matcher body = java.util.regex.Pattern.compile("body \\{[^}]*font: 15px/1\\.6 ([^;]+);").matcher(css);
    assertThat(body.find()).as("the body's font").isTrue();
    assertThat(body.group(1)).isEqualTo(cjk + ", sans-serif");
    java.util.regex.Matcher mono = java.util.regex.Pattern.compile("font-family: ([^;]*monospace);").matcher(css);
    int stacks = 0;
    while (mono.find()) {
      stacks++;
      assertThat(mono.group(1)).as("report lines in a monospace font fall back to a Chinese font").endsWith(cjk + ", monospace");
    }
    assertThat(stacks).isEqualTo(2);
  }

  @Test
  void everyLinkToAReportLandsOnItsSectionWhateverTheFileIsCalled() {
    List<String> names = List.of("北关区 工信局 2023.txt", "a#b.txt", "#report-1", "say \"hi\" & 'bye'.txt", "<a href=\"#x\">.txt",
        "北关区 工信局 2023.txt", "%E5%8C%97.txt", "   ");
    List<FileResult> results = new java.util.ArrayList<>();
    for (String name : names) {
      results.add(name.isBlank() ? unreadable(name) : lint(name, sampleReport()));
    }
    Document doc = html(Lang.ZH, results);

    List<Element> links = doc.select("a[href^=#]");
    assertThat(links).hasSize(names.size());
    assertThat(doc.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    for (int i = 0; i < links.size(); i++) {
      Element link = links.get(i);
      Element target = doc.getElementById(link.attr("href").substring(1));
      assertThat(target).as("target of %s", link.outerHtml()).isNotNull();
      assertThat(target.selectFirst("h2").text()).isEqualTo(link.text());
      assertThat(link.text()).isEqualTo(names.get(i).strip());
      assertThat(target).isSameAs(doc.select("section.report").get(i));
    }
    // every fragment link of the page, not only the summary's
    for (Element a : doc.select("[href]")) {
      assertThat(a.attr("href")).startsWith("#");
      assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.outerHtml()).isNotNull();
    }
  }

  @Test
  void findingsAreGroupedByThePartTheirLineIsIn() {
    String text = sampleReport();
    text = withLine(text, 1, "XX局2023年政府信息公开工作年度报告");
    text = withLine(text, lineStartingWith(text, "一是公开"), "一是XX局公开内容不够全面。");
    Document doc = html(Lang.ZH, List.of(lint("r.txt", text)));

    List<Element> titles = doc.select("section.report h4");
    assertThat(titles).extracting(Element::text).containsExactly("前言/标题", "五、存在的主要问题及改进情况（第 " + lineStartingWith(text, "五、") + " 行）");
    assertThat(titles.get(0).nextElementSibling().select("li")).hasSize(1);
    assertThat(titles.get(1).nextElementSibling().select("li").text()).contains("[placeholder]").contains("占位符“XX局”");
  }

  @Test
  void theCellOfAFailedIdentityIsMarkedWithTheValueItShouldHold() {
    FileResult broken = brokenCarryForward();
    Finding identity = broken.findings().get(0);
    Document doc = html(Lang.ZH, List.of(broken));

    List<Element> failed = doc.select("td." + HtmlTables.IDENTITY_FAILED);
    assertThat(failed).singleElement().satisfies(td -> {
      assertThat(td.attr("data-line")).isEqualTo(String.valueOf(identity.span().line()));
      assertThat(td.attr("data-column")).isEqualTo(String.valueOf(identity.span().column()));
      assertThat(td.selectFirst(".value").text()).isEqualTo("7");
      assertThat(td.selectFirst(".marker").text()).isEqualTo("✗");
      assertThat(td.select(".expected").text()).isEqualTo("应为 1");
      assertThat(td.attr("title")).contains("[three-row-total]").contains(identity.message().zh());
      assertThat(td.parent().attr("data-row")).isEqualTo("carryForward");
    });
  }

  @Test
  void theTablesAreDrawnWithTheTemplateLabels() {
    Document doc = html(Lang.ZH, List.of(lint("clean.txt", sampleReport())));

    assertThat(doc.select("table.report-table").eachAttr("data-table")).containsExactly("activeDisclosure", "applications", "reviewLitigation");
    Element applications = doc.selectFirst("table[data-table=applications]");
    assertThat(applications.select("tr[data-row]")).hasSize(25);
    assertThat(applications.selectFirst("tr[data-row=results.withheld.stateSecret] th").text()).isEqualTo("1.属于国家秘密");
    assertThat(applications.select("tr.group-row").eachText()).contains("三、本年度办理结果", "（三）不予公开", "（六）其他处理");
    assertThat(applications.select("tr[data-row=new] td .value").eachText()).containsExactly("2", "1", "0", "0", "0", "0", "3");
    Element review = doc.selectFirst("table[data-table=reviewLitigation]");
    assertThat(review.select("tr.column-head").first().select("th[colspan=5]").eachText())
        .containsExactly("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）");
    assertThat(doc.select("." + HtmlTables.IDENTITY_FAILED)).isEmpty();
  }

  @Test
  void textFromReportsAndFileNamesIsEscaped() {
    String text = withLine(sampleReport(), lineStartingWith(sampleReport(), "2023年，本局"), "<script>alert(1)</script><img src=x onerror=alert(2)>");
    Document doc = html(Lang.ZH, List.of(lint("<img src=y onerror=alert(3)>.txt", text)));

    assertThat(doc.select("script, img")).isEmpty();
    assertThat(doc.select("section.report h2").text()).isEqualTo("<img src=y onerror=alert(3)>.txt");
    assertThat(doc.select(".findings .message").text()).contains("出现了“<script>”");
    assertThat(doc.select(".findings .source").text()).contains("<script>alert(1)</script><img src=x onerror=alert(2)>");
  }

  @Test
  void anUnreadableReportShowsWhy() {
    Document doc = html(Lang.EN, List.of(unreadable("empty.txt")));

    assertThat(doc.select("section.report .meta").text()).contains("unreadable");
    assertThat(doc.select("section.report .findings li").text()).contains("[input-unreadable]").contains("the file is empty");
    assertThat(doc.select("table.report-table")).isEmpty();
  }

  @Test
  void aRunOverSeveralReportsShowsTheFindingsPerRuleAndPerOrgan() {
    FileResult broken = brokenCarryForward();
    Document doc = html(Lang.EN, List.of(broken, broken));

    assertThat(doc.select("table.by-rule caption").text()).isEqualTo("Findings per rule");
    assertThat(doc.select("table.by-rule tbody tr").first().select("td").eachText()).startsWith("three-row-total");
    assertThat(doc.select("table.by-organ tbody tr td").eachText()).startsWith("示例局", "2");
    assertThat(html(Lang.EN, List.of(broken)).select("table.by-rule")).as("one report").isEmpty();
  }

  @Test
  void aWholePageReportIsShownAtTheLinesAndColumnsOfTheFileAsSaved() throws Exception {
    // the report in five long lines; (七)总计 has 1 natural person but a total of 0, on line 4
    String text = java.nio.file.Files.readString(io.gaokai.lint.core.RepositoryFiles.example("variants/003-whole-page-identity.txt"));
    FileResult result = lint("page.txt", text);
    Finding identity = result.findings().stream().filter(f -> f.ruleId().equals("three-row-total")).findFirst().orElseThrow();
    assertThat(identity.span().line()).as("a line of the file, not of the pieces it was cut into").isEqualTo(4);

    Document doc = html(Lang.ZH, List.of(result));

    assertThat(doc.select("td." + HtmlTables.IDENTITY_FAILED)).singleElement().satisfies(td -> {
      assertThat(td.attr("data-line")).isEqualTo("4");
      assertThat(td.attr("data-column")).isEqualTo(String.valueOf(identity.span().column()));
    });
    assertThat(doc.select("section.report h4").eachText()).anySatisfy(t -> assertThat(t).startsWith("三、").endsWith("（第 2 行）"));
    String shown = doc.select("li[data-rule=three-row-total] code.source").text();
    assertThat(shown).as("a window of the long line around the spot").contains("(七) 总计1000000").hasSizeLessThan(210);
  }
}
