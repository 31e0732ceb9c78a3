package io.gaokai.lint.core.output;

import static io.gaokai.lint.core.output.OutputFixtures.context;
import static io.gaokai.lint.core.output.OutputFixtures.lineStartingWith;
import static io.gaokai.lint.core.output.OutputFixtures.lint;
import static io.gaokai.lint.core.output.OutputFixtures.render;
import static io.gaokai.lint.core.output.OutputFixtures.sampleReport;
import static io.gaokai.lint.core.output.OutputFixtures.unreadable;
import static io.gaokai.lint.core.output.OutputFixtures.withLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Category;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.LocalizedText;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GithubFormatterTest {

  private static final Path BASE = Path.of("/work/repo").toAbsolutePath();

  /**
   * A workflow command in the documented form (README, GithubFormatter): what GitHub's runner reads
   * as one annotation. File and title hold no raw {@code ,} or {@code :}, which would end them.
   */
  static final Pattern COMMAND = Pattern.compile(
      "^::(error|warning|notice) file=([^,:]*),line=(\\d+),col=(\\d+)(?:,endLine=(\\d+),endColumn=(\\d+))?,title=([^,:]*)::(.*)$");

  private static String github(Lang lang, List<FileResult> results) {
    return render(GithubFormatter::new, context(lang, Severity.ERROR, BASE), results);
  }

  /** GitHub's unescaping of a message (actions/runner): %0D, %0A, then %25. */
  static String unescapeData(String s) {
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }

  /** GitHub's unescaping of a property value: also %3A and %2C. */
  static String unescapeProperty(String s) {
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
  }

  private static FileResult broken(String name) {
    String text = sampleReport();
    text = withLine(text, lineStartingWith(text, "四、结转下年度继续办理"), "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t7");
    return lint(name, withLine(text, lineStartingWith(text, "2023年，本局"), "2023年，XX局依法做好政府信息公开工作。"));
  }

  @Test
  void oneCommandPerFindingAtItsPlaceWithTheRuleAsTitleAndTheFixBelowTheMessage() {
    FileResult result = broken(BASE.resolve("reports/北关区 工信局.txt").toString());
    List<String> lines = github(Lang.ZH, List.of(result, lint("clean.txt", sampleReport()))).lines().toList();

    assertThat(lines).hasSize(result.activeFindings().size()).isNotEmpty();
    for (int i = 0; i < lines.size(); i++) {
      Finding f = result.activeFindings().get(i);
      Matcher m = COMMAND.matcher(lines.get(i));
      assertThat(m.matches()).as(lines.get(i)).isTrue();
      assertThat(m.group(1)).isEqualTo(f.severity() == Severity.ERROR ? "error" : "warning");
      assertThat(m.group(2)).isEqualTo("reports/北关区 工信局.txt");
      assertThat(m.group(3)).isEqualTo(String.valueOf(f.span().line()));
      assertThat(m.group(4)).isEqualTo(String.valueOf(f.span().column()));
      if (f.span().length() > 0) {
        assertThat(m.group(5)).isEqualTo(String.valueOf(f.span().line()));
        assertThat(m.group(6)).isEqualTo(String.valueOf(f.span().column() + f.span().length()));
      } else {
        assertThat(m.group(5)).isNull();
      }
      assertThat(m.group(7)).isEqualTo(f.ruleId());
      String help = OutputFixtures.rules().rule(f.ruleId()).orElseThrow().help().zh();
      assertThat(unescapeData(m.group(8))).isEqualTo(f.message().zh() + (help.isBlank() ? "" : "\n修正：" + help));
    }
  }

  @Test
  void englishRunsWriteEnglishAndUnreadableInputsAreErrorsWithTheirFix() {
    String out = github(Lang.EN, List.of(unreadable("gone.txt")));

    assertThat(out).startsWith("::error file=gone.txt,line=1,col=1,endLine=1,endColumn=2,title=input-unreadable::cannot read the report: ");
    assertThat(unescapeData(out.strip())).contains("\nfix: The message gives the reason.");
  }

  @Test
  void infoIsANoticeForGithubHasNoInfo() {
    assertThat(GithubFormatter.command(Severity.ERROR)).isEqualTo("error");
    assertThat(GithubFormatter.command(Severity.WARNING)).isEqualTo("warning");
    assertThat(GithubFormatter.command(Severity.INFO)).isEqualTo("notice");
  }

  @Test
  void nothingButCommandsNoSummary() {
    assertThat(github(Lang.ZH, List.of(lint("clean.txt", sampleReport())))).isEmpty();
    assertThat(github(Lang.ZH, List.of())).isEmpty();
  }

  @Test
  void escapingIsGithubsAndRoundTrips() {
    String nasty = "50% done,\r\nnext: ::error file=x::y";
    assertThat(GithubFormatter.data(nasty)).isEqualTo("50%25 done,%0D%0Anext: ::error file=x::y");
    assertThat(GithubFormatter.property(nasty)).isEqualTo("50%25 done%2C%0D%0Anext%3A %3A%3Aerror file=x%3A%3Ay");
    assertThat(unescapeData(GithubFormatter.data(nasty))).isEqualTo(nasty);
    assertThat(unescapeProperty(GithubFormatter.property(nasty))).isEqualTo(nasty);
    assertThat(GithubFormatter.data("%0A")).as("an escape sequence in the text stays text").isEqualTo("%250A");
    assertThat(unescapeData(GithubFormatter.data("%0A"))).isEqualTo("%0A");
    // what a log must not carry raw is shown, as the text format shows it
    assertThat(GithubFormatter.data("a\u001b[2Jb\u202ec\u2028d\u0085e")).isEqualTo("a\\x1b[2Jb\\u202ec\\u2028d\\u0085e");
  }

  @Test
  void aReportsTextCannotStartAWorkflowCommandOfItsOwn() throws Exception {
    RuleSet rules = new RuleSetLoader().text("forge.yaml", """
        ruleset: forge
        rules:
          - id: quoted
            type: pattern
            pattern: "::[a-z-]+[^。]*"
            category: text
            severity: warning
            name: {zh: 引用, en: Quoted}
            message: {zh: "出现了“{match}”", en: "found “{match}”"}
            description: {zh: 引用的文字。, en: Quoted text.}
        """);
    String text = withLine(sampleReport(), 5, "2023年，::error file=forged.txt,line=1::被伪造的错误 ::add-mask::secret。");
    FileResult quoted = new Linter(rules).lint("::warning file=x.txt::a,b.txt", text.getBytes(StandardCharsets.UTF_8));
    assertThat(quoted.activeFindings()).extracting(Finding::message).extracting(LocalizedText::zh)
        .anySatisfy(m -> assertThat(m).contains("::error file=forged.txt,line=1::"));
    // a message with line breaks (as a file name or a rule of the user's may bring)
    Finding multiline = new Finding("quoted", Category.TEXT, Severity.ERROR,
        new LocalizedText("第一行\n::error file=forged.txt,line=1::伪造\r\n::stop-commands::x\r", "x"), "a\nb.txt", Span.of(3, 2, 4));
    FileResult forged = new FileResult("a\n::error file=forged.txt::b.txt", "txt", null, List.of(multiline));

    String out = render(GithubFormatter::new, new FormatContext("t", Lang.ZH, Severity.ERROR, rules, BASE), List.of(quoted, forged));

    List<String> lines = List.of(out.split("\n"));
    assertThat(lines).hasSize(quoted.activeFindings().size() + 1);
    assertThat(lines).allSatisfy(l -> assertThat(COMMAND.matcher(l).matches()).as(l).isTrue());
    assertThat(out).doesNotContain("\r");
    assertThat(lines).filteredOn(l -> l.startsWith("::error file=forged")).isEmpty();
    Matcher last = COMMAND.matcher(lines.get(lines.size() - 1));
    assertThat(last.matches()).isTrue();
    assertThat(unescapeProperty(last.group(2))).isEqualTo("a\n::error file=forged.txt::b.txt");
    assertThat(unescapeData(last.group(8))).isEqualTo(multiline.message().zh());
  }
}
