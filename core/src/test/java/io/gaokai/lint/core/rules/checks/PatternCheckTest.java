package io.gaokai.lint.core.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.RepositoryFiles;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pattern rules on a real report (seed 003): line by line, with the prefilter in front. */
class PatternCheckTest {

  private static String seed;

  @BeforeAll
  static void readSeed() throws IOException {
    seed = Files.readString(RepositoryFiles.example("seeds/003_5a79b1ae846fe1fc.txt"));
  }

  private static FileResult lint(String options, String text) throws RuleDefinitionException {
    String rules = """
        rules:
          - id: p
            type: pattern
        %s
            category: text
            severity: warning
            message: "{match}@{part}"
            description: d
        """.formatted(options.indent(4).stripTrailing());
    return new Linter(new RuleSetLoader().text("test.yaml", rules)).lint("r.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  private static String withCitation(String citation) {
    return seed.replace("（一）主动公开方面。", "（一）主动公开方面。根据" + citation + "，");
  }

  @Test
  void findsEachMatchWithItsLineAndColumn() throws RuleDefinitionException {
    FileResult r = lint("pattern: '国务院令第\\s*492\\s*号'", withCitation("（国务院令第 492 号）"));

    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.span().line()).isEqualTo(7);
      assertThat(f.span().column()).isEqualTo("（一）主动公开方面。根据（".length() + 1);
      assertThat(f.span().length()).isEqualTo("国务院令第 492 号".length());
      assertThat(f.message().zh()).isEqualTo("国务院令第 492 号@全文");
    });
  }

  @Test
  void aPhraseThatExtractionWrappedOverTwoLinesIsFoundAtItsFirstLine() throws RuleDefinitionException {
    FileResult r = lint("pattern: '国务院令第\\s*492\\s*号'", withCitation("（国务院令\n第492号）"));

    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.span().line()).isEqualTo(7);
      assertThat(f.span().column()).isEqualTo("（一）主动公开方面。根据（".length() + 1);
      assertThat(f.span().length()).as("marked to the end of its first line").isEqualTo("国务院令".length());
      assertThat(f.message().zh()).isEqualTo("国务院令第492号@全文");
    });
  }

  @Test
  void aMatchNeverJoinsTwoParagraphs() throws RuleDefinitionException {
    FileResult r = lint("pattern: '国务院令第\\s*492\\s*号'", withCitation("国务院令。\n\n第492号"));

    assertThat(r.findings()).isEmpty();
  }

  @Test
  void staysQuietOnTheCorrectReport() throws RuleDefinitionException {
    assertThat(lint("pattern: '国务院令第\\s*492\\s*号|国令第\\s*492\\s*号'", seed).findings()).isEmpty();
    assertThat(lint("literal: 国务院令第492号", seed).findings()).isEmpty();
  }

  @Test
  void anchorsAreTheStartAndEndOfEachLine() throws RuleDefinitionException {
    FileResult r = lint("pattern: '^##'", seed);

    assertThat(r.findings()).extracting(f -> f.span().column()).containsOnly(1);
    assertThat(r.findings()).hasSize((int) seed.lines().filter(l -> l.startsWith("##")).count()).hasSizeGreaterThan(5);
  }

  @Test
  void requireFiresOnceWhenThePartLacksTheTextAndNotWhenItHasIt() throws RuleDefinitionException {
    String options = "pattern: '人大代表建议|政协委员提案'\nmode: require\npart: 6";
    String partSix = "## 六、其他需要报告的事项";
    assertThat(seed).contains(partSix);

    FileResult lacking = lint(options, seed);
    FileResult having = lint(options, seed.replace(partSix, partSix + "\n\n本年度办理人大代表建议 3 件。"));

    assertThat(lacking.findings()).extracting(Finding::ruleId).containsExactly("p");
    assertThat(lacking.findings().get(0).message().zh()).isEqualTo("@六、其他需要报告的事项");
    assertThat(having.findings()).isEmpty();
  }

  @Test
  void anExpressionBeyondThePrefilterStillMatches() throws RuleDefinitionException {
    // (?i) is beyond the prefilter: every line goes to RE2/J
    FileResult r = lint("pattern: '(?i)gov\\.CN'", seed.replace("99 条助企资讯", "99 条助企资讯（www.Gov.cn）"));

    assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.message().zh()).startsWith("Gov.cn@"));
  }
}
