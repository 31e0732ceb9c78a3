package io.gaokai.lint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.model.TableKind;
import org.junit.jupiter.api.Test;

/** Where table 四 is looked for, and what counts as that table. */
class ReviewTableDetectionTest {

  private static final String HEADER =
      "行政复议\t\t\t\t\t行政诉讼\n"
          + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
          + "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n";
  private static final String VALUES = "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";

  private static Report parse(String text) {
    return io.gaokai.lint.core.NationalFormat.parser().parse(SourceDocument.ofText("r.txt", "txt", text));
  }

  private static String report(String preface, String partFour) {
    return "北关区工信局2023年政府信息公开工作年度报告\n\n" + preface + "\n\n一、总体情况\n\n正文。\n\n"
        + "二、主动公开政府信息情况\n\n规章\t0\t0\t0\n\n三、收到和处理政府信息公开申请情况\n\n本年度未收到申请。\n\n"
        + "四、政府信息公开行政复议、行政诉讼情况\n\n" + partFour + "\n五、存在的主要问题及改进情况\n\n无。\n\n六、其他需要报告的事项\n\n无。\n";
  }

  @Test
  void aSentenceAboutReviewIsNotTheTable() {
    Report r = parse(report("", "本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。\n"));

    assertThat(r.table("reviewLitigation")).isEmpty();
  }

  @Test
  void aSentenceBeforeTheTableDoesNotHideIt() {
    Report r = parse(report("", "本年度发生行政复议1件，情况如下：\n" + HEADER + VALUES));

    Table t = r.table("reviewLitigation").orElseThrow();
    assertThat(t.rows()).singleElement().satisfies(row -> assertThat(row.cells()).hasSize(15));
    assertThat(t.missingHeaders()).isEmpty();
  }

  @Test
  void aHeaderWithoutValuesIsStillTheTable() {
    Report r = parse(report("", HEADER));

    assertThat(r.table("reviewLitigation")).hasValueSatisfying(t -> assertThat(t.rows()).isEmpty());
  }

  @Test
  void thePrefaceNamingThePartsIsNotWhereTheTableStarts() {
    String preface = "报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况等部分组成。";

    String text = report(preface, HEADER + VALUES);
    Report r = parse(text);

    Table t = r.table("reviewLitigation").orElseThrow();
    assertThat(t.span().line()).isEqualTo(SourceDocument.splitLines(text).indexOf(HEADER.lines().findFirst().orElseThrow()) + 1);
    assertThat(t.rows()).singleElement().satisfies(row -> assertThat(row.cells()).hasSize(15));
  }
}
