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

/** A hostile report cannot forge a finding line, retitle the terminal or reorder the text shown. */
class TerminalTextTest {

  @Test
  void controlsBreaksAndBidiOverridesAreShownEscaped() {
    assertThat(TerminalText.safe("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
    assertThat(TerminalText.safe("\u001b]0;owned\u0007\u001b[2J")).isEqualTo("\\x1b]0;owned\\x07\\x1b[2J");
    assertThat(TerminalText.safe("abc\u202eevil\u2066")).isEqualTo("abc\\u202eevil\\u2066");
    assertThat(TerminalText.safe("\u0085\u2028")).isEqualTo("\\u0085\\u2028");
    assertThat(TerminalText.safe("北关区工信局 2023 年")).isEqualTo("北关区工信局 2023 年");
  }

  @Test
  void aReportWhoseTextAndNameCarryEscapesPrintsNoRawControlAndNoExtraFindingLine() {
    String text = sampleReport();
    int line = lineStartingWith(text, "2023年，本局");
    text = withLine(text, line, "2023年，XX局\u001b[2J\u001b]0;pwned\u0007做好工作\u202e。");
    FileResult result = lint("evil\nfake.txt:1:1: 错误 [part-missing] 伪造.txt", text);

    String out = OutputFixtures.render(TextFormatter::new, context(Lang.ZH, Severity.ERROR, null), List.of(result));

    assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
    assertThat(out.lines().filter(l -> l.startsWith("fake.txt"))).as("no line starts a forged finding").isEmpty();
    assertThat(out).contains("evil\\nfake.txt:1:1").contains("\\x1b[2J");
  }
}
