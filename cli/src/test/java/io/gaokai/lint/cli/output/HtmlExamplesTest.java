package io.gaokai.lint.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.rules.Category;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML page of the example reports, parsed back with jsoup. */
class HtmlExamplesTest {

  @Test
  void everyExampleRendersToAPageWithItsFindingsAndTables() {
    List<FileResult> results = ExampleReports.lintAll();
    for (Lang lang : Lang.values()) {
      Document doc = Jsoup.parse(ExampleReports.render("html", ExampleReports.context(lang, Severity.ERROR, null), results));

      assertThat(doc.select("section.report")).hasSize(results.size());
      assertThat(doc.select("script, img, iframe, link, [src]")).isEmpty();
      for (int i = 0; i < results.size(); i++) {
        FileResult r = results.get(i);
        Element section = doc.select("section.report").get(i);
        assertThat(section.selectFirst("h2").text()).isEqualTo(r.file());
        assertThat(section.select(".findings li")).as(r.file()).hasSize(r.findings().size());
        assertThat(section.select(".findings li .rule").eachText())
            .containsExactlyInAnyOrderElementsOf(r.findings().stream().map(f -> "[" + f.ruleId() + "]").toList());
        int tables = r.report() == null ? 0 : r.report().tables().size();
        assertThat(section.select("table.report-table")).as(r.file()).hasSize(tables);
      }
      assertThat(doc.select(".counts [data-count=errors] b").text())
          .isEqualTo(String.valueOf(results.stream().mapToLong(r -> r.count(Severity.ERROR)).sum()));
    }
  }

  @Test
  void everyLinkOfThePageOverAllExamplesLandsOnTheSectionOfItsReport() {
    List<FileResult> results = ExampleReports.lintAll();
    Document doc = Jsoup.parse(ExampleReports.render("html", ExampleReports.context(Lang.ZH, Severity.ERROR, null), results));

    assertThat(doc.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    List<Element> links = doc.select("[href]");
    assertThat(links).hasSize(results.size());
    for (int i = 0; i < links.size(); i++) {
      String href = links.get(i).attr("href");
      assertThat(href).startsWith("#");
      Element target = doc.getElementById(href.substring(1));
      assertThat(target).as(href).isNotNull();
      assertThat(target.selectFirst("h2").text()).isEqualTo(results.get(i).file()).isEqualTo(links.get(i).text());
    }
  }

  @Test
  void theCellsOfABrokenIdentityAreMarkedWithTheValuesTheyShouldHold() {
    ExampleReports.BrokenIdentity broken = ExampleReports.brokenIdentity();
    FileResult result = broken.lint("broken.txt");
    List<Finding> identities = result.findings().stream().filter(f -> f.category() == Category.IDENTITY).toList();
    assertThat(identities).extracting(Finding::ruleId).containsExactlyInAnyOrder("three-balance", "three-results-sum", "three-row-total");

    Document doc = Jsoup.parse(ExampleReports.render("html", ExampleReports.context(Lang.ZH, Severity.ERROR, null), List.of(result)));
    Element table = doc.selectFirst("table[data-table=applications]");
    Map<String, Element> failed = table.select("td.identity-failed").stream()
        .collect(Collectors.toMap(td -> td.parent().attr("data-row") + "/" + column(td), td -> td));

    // The raised cell, the first cell of the balance identity's column and the row's total.
    BigDecimal np = broken.original("results.total", "naturalPerson");
    assertThat(failed.keySet()).containsExactlyInAnyOrder("results.total/1", "new/1", "results.total/7");
    assertMarked(failed.get("results.total/1"), np.add(BigDecimal.valueOf(3)), np, "three-results-sum");
    assertMarked(failed.get("new/1"), broken.original("new", "naturalPerson"), broken.original("new", "naturalPerson").add(BigDecimal.valueOf(3)), "three-balance");
    assertMarked(failed.get("results.total/7"), broken.original("results.total", "total"), broken.original("results.total", "total").add(BigDecimal.valueOf(3)), "three-row-total");
    for (Finding f : identities) {
      Cell anchor = result.report().table("applications").orElseThrow().rows().stream()
          .flatMap(r -> r.cells().stream())
          .filter(c -> c.span().line() == f.span().line() && c.span().column() == f.span().column())
          .findFirst().orElseThrow();
      assertThat(table.select("td.identity-failed[data-line=" + anchor.span().line() + "][data-column=" + anchor.span().column() + "]"))
          .as(f.ruleId()).hasSize(1);
    }
    assertThat(doc.select(".identity-failed")).hasSize(3);
  }

  /** The 1-based position of a value cell in its row. */
  private static int column(Element td) {
    return td.parent().select("td").indexOf(td) + 1;
  }

  private static void assertMarked(Element td, BigDecimal shown, BigDecimal expected, String rule) {
    assertThat(td.selectFirst(".value").text()).isEqualTo(shown.toPlainString());
    assertThat(td.selectFirst(".marker").text()).isEqualTo("✗");
    assertThat(td.select(".expected").eachText()).containsExactly("应为 " + expected.toPlainString());
    assertThat(td.attr("data-rules")).isEqualTo(rule);
    assertThat(td.attr("title")).contains("[" + rule + "]");
  }
}
