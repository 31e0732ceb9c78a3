package io.gaokai.lint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.RepositoryFiles;
import io.gaokai.lint.core.model.OrganKind;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.model.TableRow;
import io.gaokai.lint.core.model.YearSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The parser on real PDF-extracted layouts and on the quirks of real input. */
class ReportParserTest {

  private static final Path REAL = RepositoryFiles.example("real");

  private static Report parse(String text) {
    return io.gaokai.lint.core.NationalFormat.parser().parse(SourceDocument.ofText("t.txt", "txt", text));
  }

  private static Report real(String name) throws IOException {
    return parse(Files.readString(REAL.resolve(name), StandardCharsets.UTF_8));
  }

  @Test
  void pdfLayoutOf016GivesAllThreeTablesAndTheWrappedPeriod() throws IOException {
    Report r = real("016_hongze-2023.txt");
    assertThat(r.year()).isEqualTo(2023);
    assertThat(r.organKind()).isEqualTo(OrganKind.GOVERNMENT);
    assertThat(r.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(r.period().end()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(r.headings()).extracting(h -> h.kind().number()).containsExactly(1, 2, 3, 4, 5, 6);
    var three = r.table("applications").orElseThrow();
    assertThat(three.rows()).allMatch(TableRow::isComplete);
    assertThat(three.cell("results.partial", "total").orElseThrow().value()).isEqualByComparingTo("4");
    assertThat(three.row("results.other")).isPresent();
    var four = r.table("reviewLitigation").orElseThrow().rows().get(0);
    assertThat(four.cells()).extracting(c -> c.value().intValue())
        .containsExactly(10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0);
    assertThat(r.table("activeDisclosure").orElseThrow().cell("fees", "amount").orElseThrow().value())
        .isEqualByComparingTo("7730.28");
  }

  @Test
  void labelsCutByExtractionAreRecognised() throws IOException {
    Report r = real("018_huaian-2024.txt");
    var three = r.table("applications").orElseThrow();
    assertThat(three.missingRows()).isEmpty();
    assertThat(three.row("results.other.overdueCorrection").orElseThrow().labelCut()).isTrue();
    assertThat(three.cell("results.other.unpaidFee", "total").orElseThrow().value()).isEqualByComparingTo("6");
  }

  @Test
  void tableRowsWithNumeralsAreNotTakenForPartHeadings() {
    Report r = parse("""
        某局2023年政府信息公开工作年度报告
        一、总体情况
        正文。
        三、收到和处理政府信息公开申请情况
        三、本年度办理结果
        四、结转下年度继续办理
        四、政府信息公开行政复议、行政诉讼情况
        """);
    assertThat(r.headings()).extracting(h -> h.kind().number()).containsExactly(1, 3, 4);
  }

  @Test
  void markdownHeadingsAndMisnumbering() {
    Report r = parse("""
        # 某局 2023 年政府信息公开工作年度报告
        ## 一、总体情况
        #### 三、政府信息公开行政复议、行政诉讼情况
        """);
    assertThat(r.headings()).hasSize(2);
    assertThat(r.headings().get(1).kind().number()).isEqualTo(4);
    assertThat(r.headings().get(1).number()).isEqualTo(3);
    assertThat(r.title().organ()).isEqualTo("某局");
  }

  @Test
  void yearFromTitleElsePeriodElseBody() {
    assertThat(parse("某局2022年政府信息公开工作年度报告\n统计期限自2021年1月1日起至2021年12月31日止").yearSource())
        .isEqualTo(YearSource.TITLE);
    Report fromPeriod = parse("本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n一、总体情况");
    assertThat(fromPeriod.year()).isEqualTo(2024);
    assertThat(fromPeriod.yearSource()).isEqualTo(YearSource.PERIOD);
    Report fromBody = parse("一、总体情况\n2021年，我局……2021年全年……2020年\n二、主动公开政府信息情况");
    assertThat(fromBody.year()).isEqualTo(2021);
    assertThat(fromBody.yearSource()).isEqualTo(YearSource.BODY);
    assertThat(parse("hello").yearSource()).isEqualTo(YearSource.NONE);
  }

  @Test
  void formatFromLabelsThenYear() {
    assertThat(parse("某局2023年政府信息公开工作年度报告\n信息内容\t本年新制作数量\t本年新公开数量").format().id())
        .isEqualTo("2019");
    assertThat(parse("某局2020年政府信息公开工作年度报告").format().id()).isEqualTo("2019");
    assertThat(parse("某局2017年政府信息公开工作年度报告").format().id()).isEqualTo("pre2019");
    assertThat(parse("随便一段文字").format().id()).isEqualTo("unknown");
  }

  @Test
  void publicationDateAndImpossiblePeriodDates() {
    Report r = parse("某局2021年政府信息公开工作年度报告\n发布日期:2022-01-12\n统计期限为2021年1月1日至2021年2月30日");
    assertThat(r.publicationDate().date()).isEqualTo(LocalDate.of(2022, 1, 12));
    assertThat(r.period().end()).isNull();
    assertThat(r.period().isCalendarYear(2021)).isFalse();
  }

  @Test
  void aRewordedHeadingIsRecognisedByItsNumberAndPlaceButATableRowIsNot() {
    Report r = parse("""
        某局2023年政府信息公开工作年度报告
        一、总体情况
        正文。
        二、主动公开政府信息情况
        正文。
        三、本年度办理结果
        四、政府信息公开行政复议、行政诉讼情况
        正文。
        五、工作中存在的不足及下一步打算
        正文。
        六、其他应说明事项
        本年度未收取信息处理费。
        """);

    assertThat(r.headings()).extracting(h -> h.kind().number()).containsExactly(1, 2, 4, 5, 6);
    assertThat(r.headings()).extracting(h -> h.text()).contains("五、工作中存在的不足及下一步打算", "六、其他应说明事项");
  }

  @Test
  void aNumberedLineOutsideItsPlaceIsNoHeading() {
    Report r = parse("""
        一、总体情况
        五、监督保障方面，我局健全制度
        二、主动公开政府信息情况
        正文。
        """);

    assertThat(r.headings()).extracting(h -> h.kind().number()).containsExactly(1, 2);
  }

  @Test
  void aRowWithAnotherVersionsLabelIsTheReportsRowWithItsLabelDiffering() throws Exception {
    String seed = java.nio.file.Files.readString(io.gaokai.lint.core.RepositoryFiles.example("seeds/003_5a79b1ae846fe1fc.txt"));
    Report r = parse(seed.replace("行政规范性文件\t0\t0\t0", "规范性文件\t0\t0\t0"));

    var two = r.table("activeDisclosure").orElseThrow();
    assertThat(two.missingRows()).isEmpty();
    var normative = two.row("normativeDocuments").orElseThrow();
    assertThat(normative.template().label()).isEqualTo("行政规范性文件");
    assertThat(normative.labelDistance()).isPositive();
    assertThat(two.rows()).allMatch(row -> row.template().in(r.format()));
  }

  @Test
  void tableFourInThreePiecesUnderSubheadingsIsOneTable() throws Exception {
    String pieces = "";
    for (String block : java.util.List.of("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）")) {
      pieces += block + "\n\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n0\t0\t1\t0\t1\n\n";
    }
    Report r = parse("""
        某局2023年政府信息公开工作年度报告
        一、总体情况
        正文。
        #### 四、政府信息公开行政复议、行政诉讼情况
        ### 行政复议、行政诉讼情况
        表四：政府信息公开行政复议、行政诉讼情况
        """ + pieces + "五、存在的主要问题及改进情况\n正文。\n");

    assertThat(r.headings()).extracting(h -> h.kind().number()).containsExactly(1, 4, 5);
    var four = r.table("reviewLitigation").orElseThrow();
    assertThat(four.missingHeaders()).isEmpty();
    assertThat(four.rows()).singleElement().satisfies(row -> {
      assertThat(row.cells()).hasSize(15);
      assertThat(row.cell("litigationAfterReview.other").value()).isEqualByComparingTo("1");
    });
  }

  @Test
  void aHeadingsNumeralOnOneLineAndItsWordsOnTheNextIsOneHeading() {
    Report r = parse("""
        某局2023年政府信息公开工作年度报告
        一、
        总体情况
        正文。
        二、
        主动公开政府信息情况
        正文。
        """);

    assertThat(r.headings()).extracting(h -> h.kind().number()).containsExactly(1, 2);
    assertThat(r.headings().get(0).text()).isEqualTo("一、总体情况");
    assertThat(r.headings().get(0).span().line()).isEqualTo(2);
    assertThat(r.headings().get(0).span().length()).isEqualTo(2);
  }

  @Test
  void aHeaderOneCharacterALineAndAGroupLabelBrokenOverTwoCellsAreReassembled() throws Exception {
    String seed = java.nio.file.Files.readString(io.gaokai.lint.core.RepositoryFiles.example("seeds/002_070df74db560079b.txt"));
    Report whole = parse(seed);
    Report broken = parse(seed.replace("    自然人\n", "    自\n\n    然\n\n    人\n").replace("    (三)不予公开\n", "    (三)不予\n\n    公开\n"));

    var three = broken.table("applications").orElseThrow();
    assertThat(three.missingHeaders()).isEqualTo(whole.table("applications").orElseThrow().missingHeaders()).doesNotContain("自然人");
    assertThat(three.row("results.withheld.stateSecret")).isPresent();
    assertThat(three.missingRows()).isEqualTo(whole.table("applications").orElseThrow().missingRows());
  }

  @Test
  void aNumberACrawlerBrokeOverTwoLinesIsPutBackWhenOnlyOneJoinAddsUp() throws Exception {
    Report whole = parse(java.nio.file.Files.readString(io.gaokai.lint.core.RepositoryFiles.example("variants/002-number-broken.txt")));
    Report ambiguous =
        parse(java.nio.file.Files.readString(io.gaokai.lint.core.RepositoryFiles.example("variants/002-number-broken-ambiguous.txt")));

    var fresh = whole.table("applications").orElseThrow().row("new").orElseThrow();
    assertThat(fresh.uncertain()).isFalse();
    assertThat(fresh.cell("naturalPerson").value()).isEqualByComparingTo("12");
    assertThat(whole.table("applications").orElseThrow().extraRows()).isEmpty();

    var unsure = ambiguous.table("applications").orElseThrow().row("new").orElseThrow();
    assertThat(unsure.uncertain()).isTrue();
    assertThat(unsure.cell("total")).as("nothing that needs the row is evaluated").isNull();
    assertThat(ambiguous.table("applications").orElseThrow().extraRows()).isEmpty();
  }

  @Test
  void aNumberBrokenInsideARowOfATabOrSpaceLayoutIsPutBackWhenOnlyOneJoinAddsUp() throws Exception {
    for (String name : java.util.List.of("variants/003-number-broken-in-row.md", "variants/003-number-broken-one-space.md")) {
      Report report = parse(java.nio.file.Files.readString(io.gaokai.lint.core.RepositoryFiles.example(name)));
      TableRow row = report.table("applications").orElseThrow().row("new").orElseThrow();
      assertThat(row.reading()).as(name).isEqualTo(TableRow.Reading.CERTAIN);
      assertThat(row.cell("naturalPerson").value()).as(name).isEqualByComparingTo("162");
      assertThat(row.cells()).as(name).hasSize(7);
    }
    Report ambiguous = parse(java.nio.file.Files.readString(
        io.gaokai.lint.core.RepositoryFiles.example("variants/003-number-broken-in-row-ambiguous.md")));
    TableRow unsure = ambiguous.table("applications").orElseThrow().row("new").orElseThrow();
    assertThat(unsure.reading()).as("11 0 … 11 and 1 10 … 11 both add up").isEqualTo(TableRow.Reading.NUMBER_BROKEN);
    assertThat(unsure.cell("total")).isNull();
  }
}
