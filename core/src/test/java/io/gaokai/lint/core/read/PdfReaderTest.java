package io.gaokai.lint.core.read;

import static io.gaokai.lint.core.read.ReaderFixtures.example;
import static io.gaokai.lint.core.read.ReaderFixtures.lineContaining;
import static io.gaokai.lint.core.read.ReaderFixtures.missingPartHeadings;
import static io.gaokai.lint.core.read.ReaderFixtures.read;
import static io.gaokai.lint.core.read.ReaderFixtures.realReport;
import static io.gaokai.lint.core.read.ReaderFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gaokai.lint.core.model.Locator;
import io.gaokai.lint.core.model.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class PdfReaderTest {

  /** A cell holding a count or an amount. */
  private static final String NUMBER_CELL = "\\d+(?:\\.\\d+)?";

  private final PdfReader reader = new PdfReader();

  @ParameterizedTest
  @FieldSource("io.gaokai.lint.core.read.ReaderFixtures#SEEDS")
  void readsThePartHeadingsOfEverySeed(String seed) throws InputException {
    SourceDocument document = read(reader, example("pdf", seed));

    assertThat(document.kind()).isEqualTo("pdf");
    assertThat(missingPartHeadings(document)).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("io.gaokai.lint.core.read.ReaderFixtures#SEEDS_WITH_TABLES")
  void keepsATableRowOnOneLineWithTheCellsSeparatedByRunsOfSpaces(String seed)
      throws InputException {
    SourceDocument document = read(reader, example("pdf", seed));

    assertThat(document.line(lineContaining(document, "1.属于国家秘密")))
        .matches(".*1\\.属于国家秘密(\\s{2,}\\d+){7}\\s*");
  }

  @Test
  void locatesEveryLineOnItsPage() throws InputException {
    SourceDocument document = read(reader, example("pdf", "003_5a79b1ae846fe1fc"));

    assertThat(document.locator(lineContaining(document, "北关区工信局"))).isEqualTo(Locator.page(1));
    assertThat(document.locator(lineContaining(document, "1.属于国家秘密"))).isEqualTo(Locator.page(2));
    assertThat(document.locator(lineContaining(document, "六、其他需要报告的事项")))
        .isEqualTo(Locator.page(3));
    List<Integer> pages = document.locators().stream().map(Locator::page).toList();
    assertThat(pages).isSorted().doesNotContainNull();
  }

  @Test
  void readsTheReviewTableRowOfARealReportOnOneLineOnPageFour() throws IOException, InputException {
    SourceDocument document = read(reader, realReport("016_hongze-2023.pdf"));
    String row = "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0";
    Pattern spaced = Pattern.compile("^\\s*" + row.replace(" ", "\\s{2,}") + "\\s*$");

    int line = lineNumberMatching(document.lines(), spaced);
    assertThat(line).as("a line holding the 15 cells of table 四").isPositive();
    assertThat(document.locator(line)).isEqualTo(Locator.page(4));

    String pdftotext = Files.readString(realReport("016_hongze-2023.txt"));
    List<String> pdftotextPages = Arrays.asList(pdftotext.split("\f"));
    assertThat(pdftotextPages.get(3).lines().map(String::strip).map(s -> s.replaceAll("\\s+", " ")))
        .as("pdftotext puts the same row on page 4")
        .contains(row);
  }

  /**
   * Every row of five or more numbers that {@code pdftotext -layout} puts on one line ends a line
   * here too, with the same numbers in the same order, two or more spaces apart.
   */
  @ParameterizedTest
  @ValueSource(strings = {"016_hongze-2023", "017_hongze-2024", "018_huaian-2024"})
  void keepsEveryNumberRowThatPdftotextFindsOfTheRealReports(String report)
      throws IOException, InputException {
    SourceDocument document = read(reader, realReport(report + ".pdf"));
    List<String> pdftotext =
        Files.readAllLines(realReport(report + ".txt"), StandardCharsets.UTF_8);

    List<List<String>> numberRows =
        pdftotext.stream().map(PdfReaderTest::trailingNumbers).filter(n -> n.size() >= 5).toList();
    assertThat(numberRows).hasSizeGreaterThan(20);

    List<List<String>> missing = new ArrayList<>();
    for (List<String> numbers : numberRows) {
      Pattern spaced =
          Pattern.compile(
              numbers.stream()
                  .map(Pattern::quote)
                  .collect(Collectors.joining("\\s{2,}", "(?:^|\\s{2,})", "\\s*$")));
      boolean found =
          document.lines().stream()
              .anyMatch(
                  line -> trailingNumbers(line).equals(numbers) && spaced.matcher(line).find());
      if (!found) {
        missing.add(numbers);
      }
    }
    assertThat(missing).as("number rows of pdftotext not found on one line").isEmpty();
  }

  @Test
  void readsACopyProtectedPdfThatOpensWithoutAPassword() throws InputException {
    SourceDocument open = reader.read("short.pdf", resource("pdf/short.pdf"));
    SourceDocument protectedCopy =
        reader.read("copy-protected.pdf", resource("pdf/copy-protected.pdf"));

    assertThat(protectedCopy.lines()).isEqualTo(open.lines());
    assertThat(protectedCopy.lines()).anyMatch(line -> line.matches("\\s*行政许可\\s{2,}5\\s*"));
  }

  @Nested
  @Timeout(10) // guards against a hang; not a benchmark
  class HostileInput {

    @Test
    void passwordProtectedPdf() {
      assertThatThrownBy(() -> reader.read("encrypted.pdf", resource("hostile/encrypted.pdf")))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).message(false)).startsWith("PDF 已加密"))
          .hasMessageContaining("encrypted");
    }

    @Test
    void imageOnlyPdf() {
      assertThatThrownBy(() -> reader.read("image-only.pdf", resource("hostile/image-only.pdf")))
          .isInstanceOf(InputException.class)
          .satisfies(
              e -> assertThat(((InputException) e).message(false)).contains("没有可提取的文字", "OCR"))
          .hasMessageContaining("OCR");
    }

    @Test
    void truncatedPdf() {
      assertThatThrownBy(() -> reader.read("truncated.pdf", resource("hostile/truncated.pdf")))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).message(false)).contains("不完整"))
          .hasMessageContaining("incomplete");
    }

    @Test
    void damagedPdf() {
      byte[] damaged =
          "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF\n"
              .getBytes(StandardCharsets.US_ASCII);

      assertThatThrownBy(() -> reader.read("damaged.pdf", damaged))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).message(false)).contains("损坏"));
    }
  }

  private static int lineNumberMatching(List<String> lines, Pattern pattern) {
    for (int i = 0; i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).matches()) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The numbers a line ends with, whatever separates them. */
  private static List<String> trailingNumbers(String line) {
    List<String> tokens = Arrays.asList(line.strip().split("\\s+"));
    int start = tokens.size();
    while (start > 0 && tokens.get(start - 1).matches(NUMBER_CELL)) {
      start--;
    }
    return tokens.subList(start, tokens.size());
  }
}
