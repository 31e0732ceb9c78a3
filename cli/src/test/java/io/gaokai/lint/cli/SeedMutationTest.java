package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.PartKind;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.rules.Category;
import io.gaokai.lint.core.rules.Finding;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports made from every seed by one deliberate defect. The defect is placed with the spans of the
 * parsed report, so the same test works on every layout (tabs, |-cells, one cell per line, PDF text).
 */
class SeedMutationTest {

  private static final Linter LINTER = Examples.linter();

  static Stream<Path> seeds() {
    return Examples.seeds().stream();
  }

  private record Original(String name, List<String> lines, Report report) {}

  private static Original original(Path seed) throws IOException {
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    FileResult r = LINTER.lint(seed.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8));
    return new Original(seed.getFileName().toString(), new ArrayList<>(SourceDocument.splitLines(text)), r.report());
  }

  private static FileResult lint(Original o, List<String> lines) {
    return LINTER.lint(o.name, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> withCell(Original o, Cell cell, String replacement) {
    List<String> lines = new ArrayList<>(o.lines);
    Span s = cell.span();
    String line = lines.get(s.line() - 1);
    int from = line.offsetByCodePoints(0, s.column() - 1);
    int to = line.offsetByCodePoints(from, s.length());
    lines.set(s.line() - 1, line.substring(0, from) + replacement + line.substring(to));
    return lines;
  }

  private static List<Finding> findings(FileResult r, Category category) {
    return r.findings().stream().filter(f -> f.category() == category).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void oneNumberOfTableThreeChangedGivesAnIdentityFindingWithCellsAndValues(Path seed) throws IOException {
    Original o = original(seed);
    Cell cell = o.report.table("applications").orElseThrow().cell("new", "naturalPerson").orElseThrow();
    BigDecimal changed = cell.value().add(BigDecimal.valueOf(3));
    FileResult r = lint(o, withCell(o, cell, changed.toPlainString()));
    assertThat(findings(r, Category.IDENTITY))
        .isNotEmpty()
        .anySatisfy(f -> assertThat(f.message().zh())
            .containsPattern("(一、本年新收政府信息公开申请数量|自然人)\\(" + changed + "\\)")
            .contains("应为 ")
            .contains("实为 "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void oneNumberOfTableFourChangedGivesAFourSumFinding(Path seed) throws IOException {
    Original o = original(seed);
    Cell cell = o.report.table("reviewLitigation").orElseThrow().cell("data", "review.upheld").orElseThrow();
    BigDecimal changed = cell.value().add(BigDecimal.ONE);
    FileResult r = lint(o, withCell(o, cell, changed.toPlainString()));
    assertThat(findings(r, Category.IDENTITY))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("four-sum");
          assertThat(f.message().zh()).contains("行政复议·结果维持(" + changed + ")").contains("总计应为 " + changed);
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void removingAPartGivesASectionFinding(Path seed) throws IOException {
    Original o = original(seed);
    int heading = o.report.part(5).orElseThrow().heading().span().line();
    List<String> lines = new ArrayList<>(o.lines);
    lines.set(heading - 1, "");
    FileResult r = lint(o, lines);
    assertThat(findings(r, Category.SECTION))
        .extracting(Finding::ruleId, f -> f.message().zh())
        .contains(org.assertj.core.groups.Tuple.tuple("part-missing", "缺少第五部分“五、存在的主要问题及改进情况”"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void aPeriodOfTheWrongYearGivesAPeriodFinding(Path seed) throws IOException {
    Original o = original(seed);
    int year = o.report.year();
    int wrong = year - 1;
    List<String> lines = new ArrayList<>(o.lines);
    if (o.report.period() != null) {
      int line = o.report.period().span().line();
      lines.set(line - 1, lines.get(line - 1).replace(String.valueOf(year), String.valueOf(wrong)));
    } else {
      int first = o.report.part(1).orElseThrow().heading().span().line();
      lines.add(first - 1, "本报告所列数据的统计期限自" + wrong + "年1月1日起至" + wrong + "年12月31日止。");
    }
    FileResult r = lint(o, lines);
    assertThat(findings(r, Category.PERIOD))
        .extracting(Finding::ruleId)
        .containsAnyOf("period-year-mismatch", "body-year-mismatch");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void aTableOfTheTwentyNineteenFormatInALaterReportGivesATemplateFinding(Path seed) throws IOException {
    Original o = original(seed);
    List<String> lines = new ArrayList<>(o.lines);
    if (o.report.year() >= 2021) {
      int start = o.report.table("activeDisclosure").orElseThrow().span().line();
      int end = o.report.part(3).orElseThrow().heading().span().line();
      List<String> oldTable = tableTwoOf2019Report();
      for (int i = end - 1; i >= start; i--) {
        lines.remove(i - 1);
      }
      lines.addAll(start - 1, oldTable);
    } else {
      lines.replaceAll(l -> l.replace(String.valueOf(o.report.year()), "2022"));
    }
    FileResult r = lint(o, lines);
    assertThat(findings(r, Category.TEMPLATE))
        .extracting(Finding::ruleId)
        .containsExactly("format-outdated");
  }

  /** Table 二 of the real 2020 report (seed 004), in the 2019 format. */
  private static List<String> tableTwoOf2019Report() throws IOException {
    List<String> lines = SourceDocument.splitLines(Files.readString(Examples.seed("004"), StandardCharsets.UTF_8));
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (from < 0 && lines.get(i).startsWith("第二十条第（一）项")) {
        from = i;
      }
      if (from >= 0 && to < 0 && lines.get(i).startsWith("政府集中采购")) {
        to = i;
      }
    }
    return new ArrayList<>(lines.subList(from, to + 1));
  }
}
