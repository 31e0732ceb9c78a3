package io.gaokai.lint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules see last year's report of the same organ when the run has it: {@code previous(…)} reads
 * the same place there. A pair of consecutive reports whose carry-over is broken in one column
 * gives one finding in the later report, naming the cell and the earlier file; a consistent pair
 * gives none; a report without a previous one gives none.
 */
class PreviousYearContextTest {

  private static final String RULES = """
      rules:
        - id: carry-over
          type: relation
          table: applications
          forEach: column
          assert: carriedOver = previous(carryForward)
          category: identity
          severity: warning
          message:
            zh: "“{column}”列上年结转与 {previousFile} 的结转下年度不符：{cells}"
            en: "column “{column}”: carried over differs from what {previousFile} carried forward: {cells}"
          description: 上年结转等于上年报告的结转下年度继续办理。
      """;

  /** The 2023 sample: nothing carried over from 2022, 1 natural person's application carried into 2024. */
  private static String sample2023() throws IOException {
    try (InputStream in = PreviousYearContextTest.class.getResourceAsStream("/io/gaokai/lint/core/output/sample-report.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The same organ's 2022 report, carrying {@code carried} into 2023. */
  private static String report2022(String carried) throws IOException {
    return sample2023().replace("2023", "2022").replace("四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1", "四、结转下年度继续办理\t" + carried);
  }

  private static Report parse(Linter linter, String name, String text) {
    return linter.parse(SourceDocument.ofText(name, "txt", text));
  }

  private static List<Finding> check(String previous) throws Exception {
    Linter linter = new Linter(new RuleSetLoader().text("carry.yaml", RULES));
    Report current = parse(linter, "2023.txt", sample2023());
    CheckContext context = previous == null
        ? CheckContext.of(current)
        : new CheckContext(current, parse(linter, "2022.txt", previous), "2022.txt");
    return linter.check(context);
  }

  @Test
  void aConsistentPairGivesNothing() throws Exception {
    assertThat(check(report2022("0\t0\t0\t0\t0\t0\t0"))).isEmpty();
  }

  @Test
  void aCarryOverBrokenInOneColumnGivesOneFindingNamingTheCellAndTheEarlierFile() throws Exception {
    List<Finding> findings = check(report2022("0\t2\t0\t0\t0\t0\t2"));

    assertThat(findings).hasSize(2); // the 商业企业 column and, with it, the 总计 column
    Finding commercial = findings.get(0);
    assertThat(commercial.message().zh())
        .isEqualTo("“商业企业”列上年结转与 2022.txt 的结转下年度不符：二、上年结转政府信息公开申请数量(0) ≠ 四、结转下年度继续办理(2)");
    assertThat(commercial.span().line()).isEqualTo(26);
    assertThat(commercial.data().cells()).last().satisfies(c -> assertThat(c.lastYear()).isTrue());
    assertThat(commercial.data().cells()).first().satisfies(c -> {
      assertThat(c.row()).isEqualTo("carriedOver");
      assertThat(c.column()).isEqualTo("commercial");
      assertThat(c.expected()).isEqualTo("2");
    });
  }

  @Test
  void withoutAPreviousReportNothingIsSaid() throws Exception {
    assertThat(check(null)).isEmpty();
  }
}
