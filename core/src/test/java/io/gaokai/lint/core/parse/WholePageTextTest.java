package io.gaokai.lint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.NationalFormat;
import io.gaokai.lint.core.RepositoryFiles;
import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.PartHeading;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.model.TableRow;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole-page text (reports-examples/variants/*-whole-page*, made from the seeds by
 * tools/make-variants.py): the report in a few very long lines, headings inline, cells run together.
 * It reads as the same report as the seed it was made from, and every place maps back to the text
 * as saved.
 */
class WholePageTextTest {

  private static String example(String name) throws IOException {
    return Files.readString(RepositoryFiles.example(name));
  }

  private static Report parse(String name) throws IOException {
    return NationalFormat.parser().parse(SourceDocument.ofText(name, "txt", example(name)));
  }

  /** Every table's rows with the values read, by table and row key. */
  private static Map<String, List<String>> values(Report report) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Table t : report.tables().values()) {
      for (TableRow r : t.rows()) {
        out.put(t.kind().id() + "/" + r.key(), r.cells().stream().map(Cell::text).toList());
      }
    }
    return out;
  }

  @Test
  void aWholePageReadsAsTheReportItWasSavedFrom() throws IOException {
    for (String[] pair : new String[][] {
        {"seeds/003_5a79b1ae846fe1fc.txt", "variants/003-whole-page.txt"},
        {"seeds/004_55cfa0fd2774fa36.txt", "variants/004-whole-page-spaced.txt"}}) {
      Report seed = parse(pair[0]);
      Report page = parse(pair[1]);

      assertThat(example(pair[1]).lines().count()).as(pair[1]).isLessThanOrEqualTo(5);
      assertThat(page.headings()).extracting(h -> h.kind().number())
          .as(pair[1]).isEqualTo(seed.headings().stream().map(h -> h.kind().number()).toList());
      assertThat(page.tables().keySet()).as(pair[1]).isEqualTo(seed.tables().keySet());
      assertThat(values(page)).as(pair[1]).isEqualTo(values(seed));
      assertThat(page.tables().values()).flatExtracting(Table::missingRows).as(pair[1]).isEmpty();
      assertThat(page.year()).isEqualTo(seed.year());
    }
  }

  @Test
  void headingsInlineAfterAFullStopAreFoundWhereTheyStandInTheLine() throws IOException {
    String text = example("variants/003-whole-page.txt");
    Report page = parse("variants/003-whole-page.txt");
    List<String> lines = text.lines().toList();

    assertThat(page.headings()).extracting(h -> h.kind().number()).containsExactly(1, 2, 3, 4, 5, 6);
    for (PartHeading h : page.headings()) {
      Span at = page.source().toOriginal(h.span());
      String line = lines.get(at.line() - 1);
      int from = line.offsetByCodePoints(0, at.column() - 1);
      assertThat(line.substring(from)).as("heading %s", h.text()).startsWith(h.kind().numeral() + "、");
    }
    assertThat(page.source().original().lineCount()).isEqualTo(lines.size());
  }

  @Test
  void numbersRunTogetherComeApartWhenOneWayOnlyFits() throws IOException {
    // 行政规范性文件 0012: 0|0|12 (no number is written with a leading zero)
    String text = example("variants/003-whole-page.txt").replace("行政规范性文件000", "行政规范性文件0012");
    Report report = NationalFormat.parser().parse(SourceDocument.ofText("t.txt", "txt", text));

    TableRow row = certainRow(report, "activeDisclosure", "normativeDocuments", "0", "0", "12");
    Span twelve = report.source().toOriginal(row.cells().get(2).span());
    String line = text.lines().toList().get(twelve.line() - 1);
    assertThat(line.substring(line.offsetByCodePoints(0, twelve.column() - 1))).startsWith("12第二十条");
  }

  @Test
  void numbersThatComeApartSeveralWaysAreUncertainAndNothingIsGuessed() throws IOException {
    Report report = parse("variants/003-whole-page-unreadable.txt");
    TableRow row = report.table("activeDisclosure").orElseThrow().row("normativeDocuments").orElseThrow();

    assertThat(row.reading()).isEqualTo(TableRow.Reading.RUN_TOGETHER);
    assertThat(row.uncertain()).isTrue();
    assertThat(row.cell("issued")).isNull();
  }

  @Test
  void aTotalTellsTheOneWayMoreDigitsThanCellsComeApart() throws IOException {
    // 一、本年新收: 12 0 0 0 0 0 12 written 120000012 — only 12|0|0|0|0|0|12 adds up
    String text = example("variants/003-whole-page.txt").replace("一、本年新收政府信息公开申请数量0000000", "一、本年新收政府信息公开申请数量120000012");

    certainRow(NationalFormat.parser().parse(SourceDocument.ofText("t.txt", "txt", text)), "applications", "new",
        "12", "0", "0", "0", "0", "0", "12");
  }

  /** The row, asserted read with certainty as {@code values}. */
  private static TableRow certainRow(Report report, String table, String key, String... values) {
    TableRow row = report.table(table).orElseThrow().row(key).orElseThrow();
    assertThat(row.reading()).as(key).isEqualTo(TableRow.Reading.CERTAIN);
    assertThat(row.cells()).as(key).extracting(Cell::text).containsExactly(values);
    return row;
  }

  @Test
  void ordinaryLayoutsAreNotCut() throws IOException {
    for (String seed : List.of(
        "seeds/000_3743be2e1fd75c63.txt", "seeds/001_68120aa8738a8fff.txt", "seeds/002_070df74db560079b.txt",
        "seeds/003_5a79b1ae846fe1fc.txt", "seeds/004_55cfa0fd2774fa36.txt")) {
      Report report = parse(seed);
      assertThat(report.source().original()).as(seed).isSameAs(report.source());
    }
  }

  @Test
  void aPrefaceListingThePartsInAnOrdinaryReportStartsNoPart() throws IOException {
    List<String> lines = new java.util.ArrayList<>(example("seeds/003_5a79b1ae846fe1fc.txt").lines().toList());
    lines.add(3, "本报告包括：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；"
        + "四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。");
    Report report = NationalFormat.parser().parse(SourceDocument.ofText("t.md", "md", String.join("\n", lines)));

    assertThat(report.headings()).extracting(h -> h.kind().number()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(report.headings()).allSatisfy(h -> assertThat(h.span().line()).isGreaterThan(4));
  }
}
