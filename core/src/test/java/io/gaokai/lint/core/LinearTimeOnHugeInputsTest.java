package io.gaokai.lint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs shaped so that work done per match or per line over a whole line or document would take
 * time quadratic in their size: a line of megabytes with a match every few characters, hundreds
 * of thousands of headings. Each took from a minute to far longer before; now seconds at most.
 * The timeouts guard against a hang and measure nothing.
 */
class LinearTimeOnHugeInputsTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  private static final String RULES = """
      rules:
        - id: body-year
          type: relation
          forEach: yearMention
          let: {found: mentioned}
          where: report.year > 0
          assert: mentioned = report.year or count < 2 or count <= mentions(report.year)
          limit: 1
          category: period
          severity: warning
          message: {zh: "正文多次提到 {found} 年", en: "the body mostly speaks of {found}"}
          description: 正文年份。
        - id: ten-a
          type: pattern
          pattern: "a{10}"
          category: text
          severity: info
          message: {zh: "十个 a", en: "ten a"}
          description: 很多匹配。
      """;

  private static Linter linter() throws RuleDefinitionException {
    return new Linter(new RuleSetLoader().text("rules.yaml", RULES));
  }

  private static FileResult lint(String text) throws RuleDefinitionException {
    Linter linter = linter();
    return assertTimeoutPreemptively(
        HANG_GUARD, () -> linter.lint("huge.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aLineOfTwoHundredThousandYearsInPartOne() throws RuleDefinitionException {
    String text = "某某局2023年政府信息公开工作年度报告\n一、总体情况\n" + "2022年".repeat(200_000) + "\n二、主动公开政府信息情况\n";

    List<Finding> findings = lint(text).findings();

    assertThat(findings).extracting(Finding::ruleId).containsExactly("body-year");
    assertThat(findings.get(0).span().line()).isEqualTo(3);
    assertThat(findings.get(0).span().column()).isEqualTo(1);
  }

  @Test
  void aPatternMatchingTwoHundredThousandTimesOnOneLine() throws RuleDefinitionException {
    String text = "某某局2023年政府信息公开工作年度报告\n" + "𠀀" + "a".repeat(2_000_000) + "\n";

    List<Finding> findings = lint(text).findings();

    assertThat(findings).hasSize(200_000).allMatch(f -> f.ruleId().equals("ten-a"));
    assertThat(findings.get(findings.size() - 1).span().column()).isEqualTo(2 + 1_999_990);
  }

  @Test
  void twoHundredThousandPartHeadings() throws RuleDefinitionException {
    String text = "某某局2023年政府信息公开工作年度报告\n" + "一、总体情况\n二、主动公开政府信息情况\n".repeat(100_000) + "行政复议\n";

    FileResult result = lint(text);

    assertThat(result.report().headings()).hasSize(200_000);
  }

  @Test
  void aHundredThousandPartsEachWithADisableCommentAndASuppressedFinding() throws RuleDefinitionException {
    String part = "一、总体情况\n<!-- gaokai-lint-disable ten-a: 测试 -->\naaaaaaaaaa\n";
    String text = "某某局2023年政府信息公开工作年度报告\n" + part.repeat(100_000);

    FileResult result = lint(text);

    assertThat(result.findings()).hasSize(100_000).allMatch(f -> f.suppression() != null);
  }
}
