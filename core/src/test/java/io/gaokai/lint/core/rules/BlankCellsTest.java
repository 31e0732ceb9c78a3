package io.gaokai.lint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.TableRow;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cells a web page or Word table leaves empty (documents read cell by cell, as the HTML and Word
 * readers give them): the row is there with blank cells, a row left all
 * blank too; identities count a blank as 0 unless the rule says {@code blank: unknown}.
 */
class BlankCellsTest {

  private static final String RULE = """
      rules:
        - id: row-total
          type: relation
          table: applications
          forEach: row
          assert: total = naturalPerson + commercial + research + publicInterest + legalService + otherOrg
          category: identity
          severity: error
          message: "{cells}"
          description: x
      """;

  private static String sample() throws Exception {
    try (InputStream in = BlankCellsTest.class.getResourceAsStream("/io/gaokai/lint/core/output/sample-report.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The sample with the 一、本年新收 row replaced: 1 natural person, its total left blank. */
  private static String blankTotal() throws Exception {
    String s = sample();
    String row = s.lines().filter(l -> l.startsWith("一、本年新收")).findFirst().orElseThrow();
    return s.replace(row, "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t");
  }

  private static List<Finding> check(String rules, String text) throws Exception {
    Linter linter = new Linter(new RuleSetLoader().text("r.yaml", rules));
    return linter.check(linter.parse(SourceDocument.ofText("r.html", "html", text)));
  }

  @Test
  void aRowWithAnEmptyCellIsThereWithABlankCell() throws Exception {
    Linter linter = new Linter(new RuleSetLoader().text("r.yaml", RULE));
    Report r = linter.parse(SourceDocument.ofText("r.html", "html", blankTotal()));

    TableRow fresh = r.table("applications").orElseThrow().row("new").orElseThrow();
    assertThat(fresh.isComplete()).isTrue();
    assertThat(fresh.cell("total").isBlank()).isTrue();
    assertThat(fresh.cell("naturalPerson").value()).isEqualByComparingTo("1");
  }

  @Test
  void aBlankCountsAsZeroSoABlankTotalShowsTheIdentityItBreaks() throws Exception {
    assertThat(check(RULE, blankTotal())).singleElement()
        .satisfies(f -> assertThat(f.message().zh()).isEqualTo("总计(0) ≠ 自然人(1) + 商业企业(0) + 科研机构(0) + 社会公益组织(0) + 法律服务机构(0) + 其他(0)"));
  }

  @Test
  void withBlankUnknownNothingThatNeedsTheBlankIsEvaluated() throws Exception {
    assertThat(check(RULE.replace("forEach: row", "forEach: row\n    blank: unknown"), blankTotal())).isEmpty();
  }

  @Test
  void aRowLeftAllBlankIsThere() throws Exception {
    String s = sample();
    String row = s.lines().filter(l -> l.startsWith("二、上年结转")).findFirst().orElseThrow();
    Linter linter = new Linter(new RuleSetLoader().text("r.yaml", RULE));
    Report r = linter.parse(SourceDocument.ofText("r.html", "html", s.replace(row, "二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t")));

    TableRow carried = r.table("applications").orElseThrow().row("carriedOver").orElseThrow();
    assertThat(carried.cells()).hasSize(7).allMatch(c -> c.isBlank());
    assertThat(r.table("applications").orElseThrow().missingRows()).isEmpty();
  }
}
