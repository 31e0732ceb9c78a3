package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code gaokai-lint rules ...}. The commands are run from {@link RulesCommand} itself, so that
 * these tests do not depend on how the main command registers it.
 */
class RulesCommandTest {

  /** How many rules the built-in set has. */
  private static final int NATIONAL = nationalRules();

  private static int nationalRules() {
    try {
      return new io.gaokai.lint.core.rules.RuleSetLoader().builtIn("national").rules().size();
    } catch (io.gaokai.lint.core.rules.RuleDefinitionException e) {
      throw new IllegalStateException(e);
    }
  }


  @TempDir Path dir;

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new RulesCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static List<String> nationalIds() {
    try {
      return new RuleSetLoader().builtIn("national").rules().stream().map(Rule::id).toList();
    } catch (RuleDefinitionException e) {
      throw new AssertionError(e);
    }
  }

  /** The user rule of docs/rules.md: flags a citation of 国务院令第492号. */
  private Path userRules() throws IOException {
    Path file = dir.resolve("my-rules.yaml");
    Files.writeString(file, """
        ruleset: my-rules
        rules:
          - id: cites-order-492
            type: pattern
            pattern: "国务院令第\\\\s*492\\\\s*号"
            category: text
            severity: error
            name: {zh: 引用了国务院令第492号, en: Cites State Council Order 492}
            message:
              zh: 引用了已被修订的“{match}”，应引用国务院令第711号
              en: "cites “{match}”, superseded by 国务院令第711号"
            description: 2019 年起施行的是修订后的《条例》（国务院令第711号）。
        """);
    return file;
  }

  private Path userFixtures() throws IOException {
    Path fixtures = dir.resolve("my-fixtures/cites-order-492");
    Files.createDirectories(fixtures);
    Files.writeString(fixtures.resolve("fires-preface.md"), """
        # 北关区工信局 2023 年政府信息公开工作年度报告

        <!-- expect: cites-order-492 -->
        本报告根据《中华人民共和国政府信息公开条例》（国务院令第492号）编制。
        """);
    Files.writeString(fixtures.resolve("quiet-preface.md"), """
        # 北关区工信局 2023 年政府信息公开工作年度报告

        <!-- ok: cites-order-492 -->
        本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）编制。
        """);
    return fixtures.getParent();
  }

  // ---- rules ----------------------------------------------------------------------------------

  @Test
  void withoutASubcommandItIsAUsageError() {
    Run r = run();

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("list, explain, test, schema");
  }

  // ---- rules list -----------------------------------------------------------------------------

  @Test
  void listShowsEveryRuleInAnAlignedTable() throws RuleDefinitionException {
    Run r = run("list");

    assertThat(r.code()).isEqualTo(ExitCode.OK);
    List<String> lines = r.out().lines().toList();
    String header = lines.get(0);
    assertThat(header).startsWith("规则 ID").contains("类别", "级别", "名称", "说明");
    assertThat(lines).last().isEqualTo("共 " + NATIONAL + " 条规则");
    int categoryColumn = TextTable.width(header.substring(0, header.indexOf("类别")));
    int severityColumn = TextTable.width(header.substring(0, header.indexOf("级别")));
    List<Rule> rules = new RuleSetLoader().builtIn("national").rules();
    assertThat(lines).hasSize(rules.size() + 2);
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      String line = lines.get(i + 1);
      String afterId = line.substring(rule.id().length());
      assertThat(line).startsWith(rule.id() + " ");
      assertThat(TextTable.width(line.substring(0, rule.id().length() + afterId.indexOf(rule.category().label(false)))))
          .as(line).isEqualTo(categoryColumn);
      int severityAt = line.indexOf(rule.severity().label(false), rule.id().length() + afterId.indexOf(rule.category().label(false)));
      assertThat(TextTable.width(line.substring(0, severityAt))).as(line).isEqualTo(severityColumn);
    }
  }

  @Test
  void namesLineUpAlthoughChineseCharactersAreTwoCellsWide() {
    List<String> lines = run("list").out().lines().toList();
    String header = lines.get(0);
    int nameColumn = TextTable.width(header.substring(0, header.indexOf("名称")));
    int descriptionColumn = TextTable.width(header.substring(0, header.indexOf("说明")));

    String row = lines.stream().filter(l -> l.startsWith("three-balance ")).findFirst().orElseThrow();
    assertThat(TextTable.width(row.substring(0, row.indexOf("申请表收支平衡")))).isEqualTo(nameColumn);
    assertThat(TextTable.width(row.substring(0, row.indexOf("表三表头")))).isEqualTo(descriptionColumn);
  }

  @Test
  void listSpeaksEnglishOnRequest() {
    Run r = run("list", "--lang", "en");

    assertThat(r.out()).startsWith("ID").contains("CATEGORY", "SEVERITY", "NAME", "DESCRIPTION");
    assertThat(r.out()).contains("Applications balance").contains("identity").contains(NATIONAL + " rules");
  }

  @Test
  void listAsJson() throws IOException {
    Run r = run("list", "--format", "json", "--lang", "en");

    assertThat(r.code()).isEqualTo(ExitCode.OK);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("tool").path("name").asText()).isEqualTo("gaokai-lint");
    assertThat(json.path("lang").asText()).isEqualTo("en");
    List<String> ids = new ArrayList<>();
    json.path("rules").forEach(n -> ids.add(n.path("id").asText()));
    assertThat(ids).containsExactlyElementsOf(nationalIds());
    JsonNode balance = json.path("rules").get(ids.indexOf("three-balance"));
    assertThat(balance.path("category").asText()).isEqualTo("identity");
    assertThat(balance.path("severity").asText()).isEqualTo("error");
    assertThat(balance.path("type").asText()).isEqualTo("relation");
    assertThat(balance.path("name").asText()).isEqualTo("Applications balance");
    assertThat(balance.path("description").asText()).isNotBlank();
  }

  @Test
  void listIncludesTheRulesOfAFile() throws IOException {
    Run r = run("list", "--rules", userRules().toString());

    assertThat(r.out()).contains("cites-order-492").contains("共 " + (NATIONAL + 1) + " 条规则");
  }

  @Test
  void anUnknownFormatOrLanguageIsAUsageError() {
    Run format = run("list", "--format", "xml");
    Run lang = run("list", "--lang", "fr");

    assertThat(format.code()).isEqualTo(ExitCode.USAGE);
    assertThat(format.err()).contains("unknown format: xml [text, json]").hasLineCount(1);
    assertThat(lang.code()).isEqualTo(ExitCode.USAGE);
    assertThat(lang.err()).contains("--lang 的值 “fr” 无效，可用 [zh, en]");
  }

  // ---- rules explain --------------------------------------------------------------------------

  @Test
  void explainShowsTheMetadataAndBothExamples() {
    Run r = run("explain", "three-balance");

    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .startsWith("three-balance：申请表收支平衡")
        .contains("类型  relation")
        .contains("table: applications")
        .contains("forEach: column")
        .contains("assert: new + carriedOver = results.total + carryForward")
        .contains("适用  年度 不限；格式 2019、2021；机关 不限")
        .contains("定义  builtin:national:")
        .contains("说明\n  表三表头注明的勾稽关系")
        .contains("修正\n  核对本列四项数字")
        .contains("会报告的例子：national/three-balance/fires-")
        .contains("<!-- expect: three-balance -->")
        .contains("→ 第")
        .contains("“自然人”列勾稽关系不成立")
        .contains("不会报告的例子：national/three-balance/quiet-")
        .contains("<!-- ok: three-balance -->");
  }

  @Test
  void explainShowsTheLinesAroundTheAnnotationNumbered() {
    String out = run("explain", "period-not-calendar-year", "--lang", "en").out();

    List<String> lines = out.lines().toList();
    int annotation = lines.indexOf(lines.stream().filter(l -> l.endsWith("| <!-- expect: period-not-calendar-year -->")).findFirst().orElseThrow());
    assertThat(lines.get(annotation + 1)).matches(" +\\d+ \\| 本报告.*统计期限自2023年1月1日起至2023年6月30日止.*");
    assertThat(lines.get(annotation - 1)).matches(" +\\d+ \\|");
    assertThat(out).contains("Fires on: national/period-not-calendar-year/fires-first-half-year.md")
        .contains("→ line ")
        .contains("is not a whole calendar year");
  }

  @Test
  void explainShowsWhen() {
    String out = run("explain", "fee-statement-missing", "--lang", "en").out();

    assertThat(out).contains("applies to  years >=2021; formats 2019, 2021; organs any")
        .contains("options     mode: require")
        .contains("Description\n  From report year 2021")
        .contains("How to fix");
  }

  @Test
  void explainAnUnknownRuleSuggestsNearOnes() {
    Run r = run("explain", "three-balanc");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("no rule named “three-balanc”").contains("three-balance");
  }

  @Test
  void explainAUserRuleWithItsFixtures() throws IOException {
    Run r = run("explain", "cites-order-492", "--rules", userRules().toString(), "--fixtures", userFixtures().toString(), "--lang", "en");

    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .startsWith("cites-order-492 — Cites State Council Order 492")
        .contains("pattern: 国务院令第\\s*492\\s*号")
        .contains("defined at  " + dir.resolve("my-rules.yaml") + ":3:5")
        .contains("Fires on: ")
        .contains("→ line 4: cites “国务院令第492号”, superseded by 国务院令第711号")
        .contains("Stays quiet on: ");
  }

  // ---- rules test -----------------------------------------------------------------------------

  @Test
  void testRunsTheBuiltInFixtures() {
    Run r = run("test", "--lang", "en");

    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("RULE", "TP", "FP", "FN", "FIXTURES");
    for (String id : nationalIds()) {
      assertThat(r.out()).containsPattern("(?m)^pass  " + id + " +[1-9]\\d* +0 +0 +\\d+$");
    }
    assertThat(r.out().strip().lines().reduce((a, b) -> b)).hasValueSatisfying(last ->
        assertThat(last).startsWith(NATIONAL + " passed, 0 failed"));
  }

  @Test
  void testRunsAUsersFixturesAgainstTheirRules() throws IOException {
    Run r = run("test", userFixtures().toString(), "--rules", userRules().toString());

    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).containsPattern("(?m)^通过  cites-order-492 +1 +0 +0 +2$").contains("1 条通过，0 条失败");
  }

  @Test
  void testFailsOnAMissAndSaysWhere() throws IOException {
    Path fixtures = userFixtures();
    Path fires = fixtures.resolve("cites-order-492/fires-preface.md");
    Files.writeString(fires, Files.readString(fires).replace("国务院令第492号", "国务院令第711号"));
    Path quiet = fixtures.resolve("cites-order-492/quiet-preface.md");
    Files.writeString(quiet, Files.readString(quiet).replace("国务院令第711号", "国务院令第 492 号"));

    Run r = run("test", fixtures.toString(), "--rules", userRules().toString(), "--lang", "en");

    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out())
        .containsPattern("(?m)^FAIL  cites-order-492 +0 +1 +1 +2$")
        .contains("cites-order-492/fires-preface.md:4: [cites-order-492] missed")
        .contains("cites-order-492/quiet-preface.md:4:")
        .contains("unexpected finding on a line annotated ok (annotation at line 3)")
        .contains("0 passed, 1 failed");
  }

  @Test
  void testWithoutTheRuleFileReportsTheUnknownRule() throws IOException {
    Run r = run("test", userFixtures().toString(), "--lang", "en");

    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains("fixture error: the rule set has no rule “cites-order-492”");
  }

  @Test
  void aBrokenRuleFileIsExitCodeTwoWithItsPlace() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "rules:\n  - id: x\n    type: pattern\n    literal: a\n    category: text\n    severity: error\n    message: m\n    description: d\n    mode: warn\n");

    Run r = run("test", userFixtures().toString(), "--rules", bad.toString());

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("规则文件错误 / rule file error: " + bad + ":9:11:");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingOrEmptyFixtureDirectoriesCannotBeRead() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    Run missing = run("test", dir.resolve("nowhere").toString());
    Run none = run("test", empty.toString());

    assertThat(missing.code()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(missing.err()).contains("no such fixtures directory");
    assertThat(none.code()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(none.err()).contains("no fixtures found");
  }

  // ---- rules schema ---------------------------------------------------------------------------

  @Test
  void schemaPrintsTheJsonSchemaOfRuleFiles() throws IOException {
    Run r = run("schema");

    assertThat(r.code()).isEqualTo(ExitCode.OK);
    JsonNode schema = new ObjectMapper().readTree(r.out());
    assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
    assertThat(schema.at("/definitions/rule/properties/type/enum").size()).isEqualTo(io.gaokai.lint.core.rules.CheckKinds.builtIn().types().size());
  }
}
