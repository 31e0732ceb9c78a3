package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.YearSource;
import io.gaokai.lint.core.rules.Category;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each real seed must give (the acceptance list of the core issue). */
class SeedAcceptanceTest {

  private static final Linter LINTER = Examples.linter();

  private static FileResult lint(String prefix) {
    return LINTER.lint(Examples.seed(prefix), prefix);
  }

  private static List<Finding> errors(FileResult r) {
    return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  private static List<Finding> of(FileResult r, Category c) {
    return r.findings().stream().filter(f -> f.category() == c).toList();
  }

  @Test
  void seed000PdfTextWithLostCells() {
    FileResult r = lint("000");
    assertThat(r.report().year()).isEqualTo(2023);
    assertThat(of(r, Category.FEE)).extracting(Finding::ruleId).containsExactly("fee-statement-missing");
    assertThat(of(r, Category.TABLE))
        .filteredOn(f -> f.ruleId().equals("table-cells-lost"))
        .extracting(f -> f.span().line())
        .containsExactly(60, 62);
    assertThat(errors(r))
        .extracting(Finding::category)
        .doesNotContain(Category.IDENTITY, Category.PERIOD, Category.TEMPLATE);
  }

  @Test
  void seed001YearFromThePeriodAndNoError() {
    FileResult r = lint("001");
    assertThat(r.report().title()).isNull();
    assertThat(r.report().year()).isEqualTo(2024);
    assertThat(r.report().yearSource()).isEqualTo(YearSource.PERIOD);
    assertThat(errors(r)).isEmpty();
  }

  @Test
  void seed002TyposInTableLabelsAreWarningsNamingTheTemplateLabel() {
    FileResult r = lint("002");
    assertThat(r.report().year()).isEqualTo(2021);
    assertThat(errors(r)).isEmpty();
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().equals("table-label-differs"))
        .allMatch(f -> f.severity() == Severity.WARNING && f.category() == Category.TABLE)
        .extracting(f -> f.message().zh())
        .containsExactly(
            "行标签“2.他法律行政法规禁止公开”与模板“2.其他法律行政法规禁止公开”不一致",
            "行标签“2.有现成信息需要另行制作”与模板“2.没有现成信息需要另行制作”不一致");
  }

  @Test
  void seed003IsClean() {
    FileResult r = lint("003");
    assertThat(r.report().year()).isEqualTo(2023);
    assertThat(errors(r)).isEmpty();
  }

  @Test
  void seed004TheOldFormatAcceptedDuplicatesReported() {
    FileResult r = lint("004");
    assertThat(r.report().year()).isEqualTo(2020);
    assertThat(r.report().format().id()).isEqualTo("2019");
    assertThat(of(r, Category.TEMPLATE)).isEmpty();
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().equals("part-duplicated"))
        .allMatch(f -> f.category() == Category.SECTION && f.severity() == Severity.ERROR)
        .extracting(f -> f.span().line())
        .containsExactly(9, 25, 46, 76);
    assertThat(r.findings())
        .filteredOn(f -> f.category() == Category.TABLE)
        .extracting(f -> f.message().zh())
        .anyMatch(m -> m.contains("4.无正当理由由大量反复申请"));
    assertThat(errors(r)).allMatch(f -> f.ruleId().equals("part-duplicated"));
  }
}
