package io.gaokai.lint.core.output;

import static io.gaokai.lint.core.output.OutputFixtures.context;
import static io.gaokai.lint.core.output.OutputFixtures.lineStartingWith;
import static io.gaokai.lint.core.output.OutputFixtures.lint;
import static io.gaokai.lint.core.output.OutputFixtures.sampleReport;
import static io.gaokai.lint.core.output.OutputFixtures.withLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormatterTest {

  /** The sample report with its row 四 total broken and a placeholder in part 一. */
  private static FileResult broken(String name) {
    String text = sampleReport();
    text = withLine(text, lineStartingWith(text, "四、结转下年度继续办理"), "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t7");
    return lint(name, withLine(text, lineStartingWith(text, "2023年，本局"), "2023年，XX局依法做好政府信息公开工作。"));
  }

  @Test
  void oneRowPerFindingWithOrganYearAndPlaceAfterAByteOrderMarkAndAHeader() {
    FileResult result = broken("a,b.txt");
    String csv = OutputFixtures.render(CsvFormatter::new, context(Lang.ZH, Severity.ERROR, null), List.of(result));

    assertThat(csv).startsWith("\uFEFF文件,机关,年度,规则,级别,类别,行,列,原文位置,问题\r\n");
    List<String> rows = csv.substring(1).lines().skip(1).toList();
    assertThat(rows).hasSize(result.activeFindings().size()).isNotEmpty();
    assertThat(rows).allSatisfy(r -> assertThat(r).startsWith("\"a,b.txt\",示例局,2023,"));
    assertThat(rows).anySatisfy(r -> assertThat(r).contains(",three-row-total,错误,勾稽关系,"));
  }

  @Test
  void fieldsAreQuotedWhenTheyMustBeAndFormulasAreNotRun() {
    assertThat(CsvFormatter.field("plain")).isEqualTo("plain");
    assertThat(CsvFormatter.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvFormatter.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(CsvFormatter.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvFormatter.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
  }

  @Test
  void aRunOverSeveralReportsEndsTheTextWithTheFindingsPerRuleAndPerOrgan() {
    String text = OutputFixtures.render(TextFormatter::new, context(Lang.ZH, Severity.ERROR, null), List.of(broken("a.txt"), broken("b.txt")));

    assertThat(text).contains("各规则的问题数（错误/警告/提示）：").contains("各机关的问题数（报告数：错误/警告/提示）：");
    assertThat(text.lines().filter(l -> l.startsWith("  three-row-total"))).singleElement().satisfies(l -> assertThat(l).endsWith("2/0/0"));
    assertThat(text.lines().filter(l -> l.startsWith("  示例局"))).singleElement().satisfies(l -> assertThat(l).contains("2：2/"));
    String one = OutputFixtures.render(TextFormatter::new, context(Lang.ZH, Severity.ERROR, null), List.of(broken("a.txt")));
    assertThat(one).as("one report: its list says it all").doesNotContain("各规则的问题数");
  }

  @Test
  void oneOrganNamedWithAndWithoutItsCityIsCountedOnce() {
    FileResult shortName = retitled("a.txt", "北关区工信局2023年政府信息公开工作年度报告");
    FileResult fullName = retitled("b.txt", "安阳市北关区工信局2023年政府信息公开工作年度报告");
    FileResult other = retitled("c.txt", "文峰区工信局2023年政府信息公开工作年度报告");

    String text = OutputFixtures.render(TextFormatter::new, context(Lang.ZH, Severity.ERROR, null), List.of(shortName, fullName, other));

    assertThat(text.lines().filter(l -> l.startsWith("  安阳市北关区工信局  2："))).hasSize(1);
    assertThat(text.lines().filter(l -> l.startsWith("  北关区工信局"))).isEmpty();
    assertThat(text.lines().filter(l -> l.startsWith("  文峰区工信局  1："))).hasSize(1);
  }

  private static FileResult retitled(String name, String title) {
    String text = sampleReport();
    text = withLine(text, lineStartingWith(text, "四、结转下年度继续办理"), "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t7");
    return lint(name, withLine(text, 1, title));
  }
}
