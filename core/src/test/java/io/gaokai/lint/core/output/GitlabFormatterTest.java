package io.gaokai.lint.core.output;

import static io.gaokai.lint.core.output.OutputFixtures.context;
import static io.gaokai.lint.core.output.OutputFixtures.lineStartingWith;
import static io.gaokai.lint.core.output.OutputFixtures.lint;
import static io.gaokai.lint.core.output.OutputFixtures.render;
import static io.gaokai.lint.core.output.OutputFixtures.sampleReport;
import static io.gaokai.lint.core.output.OutputFixtures.unreadable;
import static io.gaokai.lint.core.output.OutputFixtures.withLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GitlabFormatterTest {

  private static final Path BASE = Path.of("/work/repo").toAbsolutePath();
  private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

  private static JsonNode gitlab(Lang lang, List<FileResult> results) throws Exception {
    return new ObjectMapper().readTree(render(GitlabFormatter::new, context(lang, Severity.ERROR, BASE), results));
  }

  /** The sample with its row 四 total broken (an error) and a placeholder in part 一 (a warning). */
  private static String brokenText() {
    String text = sampleReport();
    text = withLine(text, lineStartingWith(text, "四、结转下年度继续办理"), "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t7");
    return withLine(text, lineStartingWith(text, "2023年，本局"), "2023年，XX局依法做好政府信息公开工作。");
  }

  @Test
  void anArrayOfCodeQualityIssuesOnePerActiveFinding() throws Exception {
    FileResult result = lint(BASE.resolve("./reports/北关区 工信局.txt").toString(), brokenText());
    JsonNode issues = gitlab(Lang.ZH, List.of(result, lint("clean.txt", sampleReport()), unreadable("gone.txt")));

    assertThat(issues.isArray()).isTrue();
    assertThat(issues).hasSize(result.activeFindings().size() + 1);
    for (int i = 0; i < result.activeFindings().size(); i++) {
      Finding f = result.activeFindings().get(i);
      JsonNode issue = issues.get(i);
      assertThat(issue.path("description").asText()).isEqualTo(f.message().zh());
      assertThat(issue.path("check_name").asText()).isEqualTo(f.ruleId());
      assertThat(issue.path("fingerprint").asText()).matches("[0-9a-f]{32}");
      assertThat(issue.path("severity").asText()).isIn(SEVERITIES).isEqualTo(f.severity() == Severity.ERROR ? "major" : "minor");
      assertThat(issue.path("location").path("path").asText()).isEqualTo("reports/北关区 工信局.txt");
      assertThat(issue.path("location").path("lines").path("begin").asInt()).isEqualTo(f.span().line());
    }
    JsonNode input = issues.get(issues.size() - 1);
    assertThat(input.path("check_name").asText()).isEqualTo("input-unreadable");
    assertThat(input.path("severity").asText()).isEqualTo("major");
    assertThat(input.path("location").path("path").asText()).isEqualTo("gone.txt");
    assertThat(input.path("location").path("lines").path("begin").asInt()).isEqualTo(1);
    assertThat(gitlab(Lang.EN, List.of(result)).get(0).path("description").asText()).isEqualTo(result.activeFindings().get(0).message().en());
  }

  @Test
  void severitiesMapOntoCodeQualitysScale() {
    assertThat(GitlabFormatter.severity(Severity.ERROR)).isEqualTo("major");
    assertThat(GitlabFormatter.severity(Severity.WARNING)).isEqualTo("minor");
    assertThat(GitlabFormatter.severity(Severity.INFO)).isEqualTo("info");
  }

  @Test
  void fingerprintsAreUniqueInARunAndStayWhenLinesMove() throws Exception {
    // the same placeholder twice on identical lines, in two files, and one file named twice
    String text = brokenText();
    int line = lineStartingWith(text, "2023年，XX局");
    text = withLine(text, line, "2023年，XX局依法做好政府信息公开工作。\n2023年，XX局依法做好政府信息公开工作。");
    JsonNode before = gitlab(Lang.ZH, List.of(lint("a.txt", text), lint("b.txt", text), lint("./a.txt", text)));
    List<String> all = new ArrayList<>();
    before.forEach(i -> all.add(i.path("fingerprint").asText()));
    assertThat(all).hasSize(before.size()).doesNotHaveDuplicates();

    JsonNode moved = gitlab(Lang.ZH, List.of(lint("a.txt", "\n\n" + text)));
    for (int i = 0; i < moved.size(); i++) {
      assertThat(moved.get(i).path("location").path("lines").path("begin").asInt())
          .isEqualTo(before.get(i).path("location").path("lines").path("begin").asInt() + 2);
      assertThat(moved.get(i).path("fingerprint").asText()).isEqualTo(before.get(i).path("fingerprint").asText());
    }
  }

  @Test
  void suppressedFindingsAreLeftOut() throws Exception {
    String text = sampleReport();
    text = withLine(text, lineStartingWith(text, "2023年，本局"), "<!-- gaokai-lint-disable placeholder: 示例 -->\n2023年，XX局依法做好政府信息公开工作。");
    FileResult result = lint("a.txt", text);
    assertThat(result.suppressedCount()).isEqualTo(1);

    assertThat(gitlab(Lang.ZH, List.of(result))).hasSize(result.activeFindings().size());
  }

  @Test
  void anEmptyRunIsAnEmptyArray() throws Exception {
    assertThat(gitlab(Lang.ZH, List.of()).isArray()).isTrue();
    assertThat(gitlab(Lang.ZH, List.of())).isEmpty();
  }
}
