package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/examples/province: a rule set written in YAML alone — a new format version (extending the
 * national format with a renamed row), a number stated in the text, a relation across parts and a
 * requirement of the new version — with fixtures that fire and stay quiet, as `rules test` runs
 * them.
 */
class ProvinceRuleSetTest {

  private static final Path DIR = Path.of("../docs/examples/province").toAbsolutePath().normalize();

  @Test
  void itsFixturesPassUnderRulesTest() {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new RulesCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));

    int code = cl.execute("test", DIR.resolve("fixtures").toString(), "--rules", DIR.resolve("province.yaml").toString(), "--lang", "en");

    assertThat(out.toString())
        .contains("text-applications-received")
        .contains("overview-applications-match-table")
        .contains("key-points-reported")
        .contains("6 passed, 0 failed");
    assertThat(code).isEqualTo(ExitCode.OK);
  }

  @Test
  void aReportInTheNewVersionIsRecognisedAndChecked() throws IOException, RuleDefinitionException {
    RuleSet rules = new RuleSetLoader().file(DIR.resolve("province.yaml"));
    assertThat(rules.format().version("2027")).isPresent();

    FileResult clean = lint(rules, "fixtures/format-outdated/quiet-2027-label.md");
    FileResult broken = lint(rules, "fixtures/three-results-sum/fires-renamed-row-understated.md");
    FileResult old = lint(rules, "fixtures/format-outdated/fires-2021-label-in-2027.md");

    assertThat(clean.report().format().id()).isEqualTo("2027");
    assertThat(clean.findings()).extracting(Finding::ruleId).doesNotContain("table-label-differs", "table-row-missing", "format-outdated");
    assertThat(broken.findings()).extracting(Finding::ruleId).contains("three-results-sum");
    assertThat(broken.findings()).filteredOn(f -> f.ruleId().equals("three-results-sum"))
        .allSatisfy(f -> assertThat(f.message().zh()).contains("（一）全部公开(2)"));
    assertThat(old.findings()).filteredOn(f -> f.ruleId().equals("format-outdated")).singleElement()
        .satisfies(f -> assertThat(f.message().zh()).isEqualTo(
            "2027 年度报告使用了 2021 年版格式的表格（（一）予以公开），应使用 2027 年版格式（某省政务公开办函〔2026〕1号）"));
  }

  private static FileResult lint(RuleSet rules, String fixture) throws IOException {
    Path file = DIR.resolve(fixture);
    return new Linter(rules).lint(fixture, Files.readAllBytes(file));
  }
}
