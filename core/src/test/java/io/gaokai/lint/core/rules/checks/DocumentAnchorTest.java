package io.gaokai.lint.core.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Findings about the whole document point at text, not at the empty lines documents often start with. */
class DocumentAnchorTest {

  private static FileResult lint(String rules, String text) throws RuleDefinitionException {
    Linter linter = new Linter(new RuleSetLoader().text("test.yaml", rules));
    return linter.lint("report.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void withoutATitleTheFirstLineWithTextIsTheAnchor() throws RuleDefinitionException {
    String rules = """
        rules:
          - id: not-a-report
            type: relation
            assert: report.format != 'unknown'
            when: {formats: [unknown]}
            category: input
            severity: error
            message: not a report
            description: d
        """;

    FileResult r = lint(rules, "\n\n   关于报送政府信息公开工作年度报告的函\n\n北关区工信局\n");

    assertThat(r.findings()).singleElement().extracting(f -> f.span()).satisfies(s -> {
      assertThat(((Span) s).line()).isEqualTo(3);
      assertThat(((Span) s).column()).isEqualTo(4);
      assertThat(((Span) s).length()).isEqualTo("关于报送政府信息公开工作年度报告的函".length());
    });
  }

  @Test
  void withATitleTheTitleIsTheAnchor() throws RuleDefinitionException {
    String rules = """
        rules:
          - id: period-missing
            type: relation
            assert: exists(period.text)
            category: period
            severity: warning
            message: no period
            description: d
        """;

    FileResult r = lint(rules, "\n\n# 北关区工信局 2023 年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n");

    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.span().line()).isEqualTo(3);
      assertThat(f.span().column()).isEqualTo(3);
    });
  }
}
