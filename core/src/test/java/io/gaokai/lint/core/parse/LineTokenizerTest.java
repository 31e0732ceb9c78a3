package io.gaokai.lint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineTokenizerTest {

  private static List<String> texts(String line) {
    return LineTokenizer.cells(line, 1).stream().map(LineCell::text).toList();
  }

  private static List<CellKind> kinds(String line) {
    return LineTokenizer.cells(line, 1).stream().map(LineCell::kind).toList();
  }

  @Test
  void tabSeparatedCellsKeepTheirColumns() {
    List<LineCell> cells = LineTokenizer.cells("\t\t1.属于国家秘密\t0\t12", 7);
    assertThat(cells).extracting(LineCell::text).containsExactly("1.属于国家秘密", "0", "12");
    assertThat(cells).extracting(LineCell::column).containsExactly(3, 12, 14);
    assertThat(cells).extracting(LineCell::line).containsOnly(7);
  }

  @Test
  void markdownPipeRowsAndSeparators() {
    assertThat(texts("| 规章 | 0 | 1 | 2 |")).containsExactly("规章", "0", "1", "2");
    assertThat(texts("|---|:---:|---|")).isEmpty();
  }

  @Test
  void flattenedHtmlCellLines() {
    assertThat(texts("行政规范性文件 |")).containsExactly("行政规范性文件");
    assertThat(texts("|")).isEmpty();
    assertThat(texts("|||")).isEmpty();
  }

  @Test
  void pdfLayoutColumnsAndTrailingNumbers() {
    assertThat(texts("一、本年新收政府信息公开申请数量                             21    0      0"))
        .containsExactly("一、本年新收政府信息公开申请数量", "21", "0", "0");
    assertThat(texts("规章 0 0 0")).containsExactly("规章", "0", "0", "0");
    assertThat(texts("行政事业性收费            7730.28")).containsExactly("行政事业性收费", "7730.28");
    assertThat(texts("12 由语人逾期未按收费通知要求缴")).containsExactly("12 由语人逾期未按收费通知要求缴");
  }

  @Test
  void placeholdersAreValuePositionsButNotNumbers() {
    assertThat(kinds("规章\t/\t—\t0\t1,234")).containsExactly(
        CellKind.TEXT, CellKind.PLACEHOLDER, CellKind.PLACEHOLDER, CellKind.NUMBER, CellKind.NUMBER);
    assertThat(texts("（四） 无\t2.没有现成信息需要另行制作")).containsExactly("(四) 无", "2.没有现成信息需要另行制作");
  }

  @Test
  void fullWidthDigitsAreFolded() {
    assertThat(texts("规章\t１２")).containsExactly("规章", "12");
    assertThat(kinds("规章\t１２")).containsExactly(CellKind.TEXT, CellKind.NUMBER);
  }

  @Test
  void hundredsOfThousandsOfCellsOnOneLineInLinearTime() {
    String line = "𠀀\t" + "1\t".repeat(500_000) + "2 3 4 5" + " 6".repeat(200_000);

    // a guard against the quadratic column counting this once had, not a benchmark
    List<LineCell> cells = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> LineTokenizer.cells(line, 1));

    assertThat(cells).hasSize(1 + 500_000 + 4 + 200_000);
    assertThat(cells.get(500_001).column()).isEqualTo(1 + 2 + 2 * 500_000);
    assertThat(cells.get(cells.size() - 1).column()).isEqualTo(line.codePointCount(0, line.length()));
  }
}
