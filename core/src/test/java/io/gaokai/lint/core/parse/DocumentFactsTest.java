package io.gaokai.lint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.RepositoryFiles;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.StatisticalPeriod;
import io.gaokai.lint.core.model.YearMention;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The year and period search tries its regular expressions only where a year before 年 starts. */
class DocumentFactsTest {

  private static final DocumentFacts FACTS = new DocumentFacts(io.gaokai.lint.core.NationalFormat.get().words());

  /** Where a match of the period or year expression can start: the oracle for {@code yearStart}. */
  private static final Pattern YEAR_START = Pattern.compile("(?:19|20)\\d{2}\\s*年");

  private static int oracle(String text, int from) {
    Matcher m = YEAR_START.matcher(text);
    for (int i = from; i < text.length(); i++) {
      if (m.region(i, text.length()).lookingAt()) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void yearStartAgreesWithTheRegularExpressionOnRandomText() {
    Random random = new Random(7);
    String[] pieces = {"19", "20", "2023", "1999", "2", "0", "3", " ", "\t", "\n", "年", "年", "月", "x", "　"};
    int found = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder sb = new StringBuilder();
      int pieceCount = random.nextInt(10);
      for (int k = 0; k < pieceCount; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      int from = random.nextInt(text.length() + 1);
      int expected = oracle(text, from);
      assertThat(DocumentFacts.yearStart(text, from)).as("“%s” from %d", text, from).isEqualTo(expected);
      found += expected >= 0 ? 1 : 0;
    }
    assertThat(found).as("texts with a year").isGreaterThan(1_000);
  }

  @Test
  void periodAndYearsOnARealReportWithTheStatementWrappedAndSpaced() throws IOException {
    String seed = Files.readString(RepositoryFiles.example("seeds/003_5a79b1ae846fe1fc.txt"));
    String statement = "本报告中所列数据的统计期限自 2023 年1月\n1日起至2023年 12 月31 日止。";
    SourceDocument doc = SourceDocument.ofText("r.txt", "txt", seed.replace("## 一、总体情况", statement + "\n\n## 一、总体情况"));

    List<StatisticalPeriod> periods = FACTS.periods(doc);
    StatisticalPeriod period = periods.get(0);
    List<YearMention> years = DocumentFacts.years(doc, 1, doc.lineCount());

    assertThat(periods).hasSize(1);
    assertThat(period.start()).hasToString("2023-01-01");
    assertThat(period.end()).hasToString("2023-12-31");
    assertThat(period.span().line()).isEqualTo(5);
    // 2023 年度 in the title and the text are years; the dates of the statement are not
    assertThat(years).extracting(YearMention::year).containsOnly(2023).hasSizeGreaterThan(2);
    assertThat(years).noneMatch(y -> y.span().line() == 5 || y.span().line() == 6);
  }

  @Test
  void theDateAReportIsSignedWithWinsOverAPagesPublishedDate() {
    SourceDocument doc = SourceDocument.ofText("r.txt", "txt", """
        某局2021年政府信息公开工作年度报告
        发布时间：2022-05-12
        一、总体情况
        正文。2021年12月31日前完成。
        某局
          2022年1月10日
        """);

    var published = FACTS.publicationDate(doc);

    assertThat(published.date()).hasToString("2022-01-10");
    assertThat(published.span().line()).isEqualTo(6);
    assertThat(published.span().column()).isEqualTo(3);
    assertThat(FACTS.publicationDate(SourceDocument.ofText("r.txt", "txt", "发布时间：2022-05-12\n一、总体情况\n正文。\n")).date())
        .as("without a signature, the labelled date").hasToString("2022-05-12");
  }

  @Test
  void everyStatementOfThePeriodIsFoundInItsWordings() {
    SourceDocument doc = SourceDocument.ofText("r.txt", "txt", """
        本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。
        一、总体情况
        本部分数据统计时限为2024年1月1日至2024年12月31日。
        统计周期：2025年1月1日—2025年12月31日。
        本报告内容涵盖2025年1月1日至2025年12月31日期间。
        2025年1月1日至2025年3月31日，我局开展了专项行动。
        """);

    assertThat(FACTS.periods(doc)).extracting(p -> p.span().line()).containsExactly(1, 3, 4, 5);
    assertThat(FACTS.periods(doc).get(1).startYear()).isEqualTo(2024);
  }
}
