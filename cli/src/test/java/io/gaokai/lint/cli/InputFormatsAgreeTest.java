package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.rules.Category;
import io.gaokai.lint.core.rules.Finding;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same report read from every input kind gives the same rules' findings; real PDFs read directly. */
class InputFormatsAgreeTest {

  private static final Linter LINTER = Examples.linter();
  private static final Path REAL = Examples.root().resolve("real");

  static Stream<String> seedNames() {
    return Examples.seeds().stream().map(p -> p.getFileName().toString().replaceFirst("\\.txt$", ""));
  }

  private static List<String> ruleIds(FileResult r) {
    return r.findings().stream().map(f -> f.category().id() + "/" + same(f.ruleId())).sorted().toList();
  }

  /**
   * A value the text lost (seed 000's PDF extraction) is an empty cell of the Word table made from
   * that text: the Word copy says table-cells-blank where the text says table-cells-lost, about the
   * same cell.
   */
  private static String same(String ruleId) {
    return ruleId.equals("table-cells-blank") ? "table-cells-lost" : ruleId;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedNames")
  void txtDocxDocPdfAndGb18030GiveTheSameFindings(String name) throws IOException {
    Path root = Examples.root();
    Path txt = root.resolve("seeds/" + name + ".txt");
    List<String> expected = ruleIds(LINTER.lint(txt, name + ".txt"));
    for (String kind : List.of("docx", "doc", "pdf")) {
      Path p = root.resolve(kind + "/" + name + "." + kind);
      assertThat(p).exists();
      FileResult r = LINTER.lint(p, p.getFileName().toString());
      assertThat(r.kind()).isEqualTo(kind);
      assertThat(ruleIds(r)).as("%s.%s", name, kind).isEqualTo(expected);
    }
    byte[] gbk = Files.readString(txt, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030"));
    assertThat(ruleIds(LINTER.lint(name + ".gb18030.txt", gbk))).as("GB18030").isEqualTo(expected);
  }

  @Test
  void realPdf016GivesTheTwoTableFourIdentityFindingsWithPages() {
    Path pdf = REAL.resolve("016_hongze-2023.pdf");
    assertThat(pdf).exists();
    List<Finding> identity = LINTER.lint(pdf, "016.pdf").findings().stream()
        .filter(f -> f.category() == Category.IDENTITY).toList();
    assertThat(identity).extracting(Finding::ruleId).containsExactly("four-sum", "four-sum");
    assertThat(identity).allSatisfy(f -> assertThat(f.span().locator().page()).isEqualTo(4));
    assertThat(identity.get(0).message().zh()).contains("总计应为 11，实为 0");
    assertThat(identity.get(1).message().zh()).contains("总计应为 5，实为 0");
  }

  @Test
  void realPdfs017And018GiveNoIdentityFinding() {
    for (String name : List.of("017_hongze-2024.pdf", "018_huaian-2024.pdf")) {
      Path pdf = REAL.resolve(name);
      assertThat(pdf).exists();
      FileResult r = LINTER.lint(pdf, name);
      assertThat(r.report().tables()).as(name).hasSize(3);
      assertThat(r.findings()).as(name).noneMatch(f -> f.category() == Category.IDENTITY);
    }
  }
}
