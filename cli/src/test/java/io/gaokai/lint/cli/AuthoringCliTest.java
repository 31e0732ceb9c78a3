package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration files, suppression comments, baselines and extra reports, end to end through the CLI. */
class AuthoringCliTest {

  @TempDir Path tmp;

  private static final String CITE_492_RULE = """
      rules:
        - id: cite-492
          type: pattern
          pattern: "国务院令第\\\\s*492\\\\s*号"
          category: text
          severity: error
          message: {zh: "引用了已废止的“{match}”", en: "cites the repealed “{match}”"}
          description: 修订前的《条例》。
      """;

  private Path report(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static String seed003() throws IOException {
    return Files.readString(Examples.seed("003"), StandardCharsets.UTF_8);
  }

  @Test
  void aYamlOnlyRuleIsPickedUpFromTheNearestConfigFile() throws IOException {
    Files.writeString(tmp.resolve(".gaokai-lint.yaml"), CITE_492_RULE);
    Path r = report("sub/report.md", seed003().replace("（一）主动公开方面。", "（一）主动公开方面。依据国务院令第492号，"));
    CliRunner.Result result = CliRunner.run(r.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(result.out()).contains("[cite-492] 引用了已废止的“国务院令第492号”").contains("[outdated-citation]");
  }

  @Test
  void severityChangesOffOverridesLangAndFailOn() throws IOException {
    Files.writeString(tmp.resolve(".gaokai-lint.yaml"), """
        lang: en
        failOn: warning
        severity:
          period-missing: off
        overrides:
          - files: ["strict/**"]
            severity:
              period-missing: error
        """);
    Path relaxed = report("relaxed/report.md", seed003());
    Path strict = report("strict/report.md", seed003());
    CliRunner.Result r1 = CliRunner.run(relaxed.toString());
    assertThat(r1.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r1.out()).contains("1 file(s) checked: 0 error(s), 0 warning(s)");
    CliRunner.Result r2 = CliRunner.run(strict.toString());
    assertThat(r2.out()).contains("error [period-missing]");
    assertThat(CliRunner.run("--lang", "zh", strict.toString()).out()).contains("错误 [period-missing]");
  }

  @Test
  void configCommandShowsWhereEachSettingCameFrom() throws IOException {
    Path cfg = Files.writeString(tmp.resolve(".gaokai-lint.yaml"), "severity:\n  template-residue: off\n");
    CliRunner.Result r = CliRunner.run("config", tmp.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("配置文件：" + cfg)
        .containsPattern("template-residue\\s+off\\s+text\\s+builtin:national:\\d+:5  ← " + java.util.regex.Pattern.quote(cfg + ":2:3"));
  }

  @Test
  void brokenConfigurationsExitTwoWithFileAndLine() throws IOException {
    Path unknownKind = Files.writeString(tmp.resolve("kind.yaml"), CITE_492_RULE.replace("type: pattern", "type: grammar"));
    CliRunner.Result r1 = CliRunner.run("--config", unknownKind.toString(), Examples.seed("003").toString());
    assertThat(r1.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r1.err()).contains(unknownKind + ":3:").contains("grammar").doesNotContain("Exception");
    assertThat(r1.out()).isEmpty();

    Path broken = Files.writeString(tmp.resolve("broken.yaml"), "severity: {period-missing: off\n");
    CliRunner.Result r2 = CliRunner.run("--config", broken.toString(), Examples.seed("003").toString());
    assertThat(r2.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r2.err()).contains(broken.toString() + ":").contains("YAML");

    Path gadget = Files.writeString(tmp.resolve("gadget.yaml"), "rules: !!java.util.ArrayList []\n");
    CliRunner.Result r3 = CliRunner.run("--config", gadget.toString(), Examples.seed("003").toString());
    assertThat(r3.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r3.err()).contains("YAML").contains(gadget + ":1:");
  }

  @Test
  void disableCommentSuppressesForItsPartAndStaysInJson() throws IOException {
    String text = Files.readString(Examples.seed("000"), StandardCharsets.UTF_8)
        .replace("六、其他需要报告的事项\n", "六、其他需要报告的事项\n<!-- gaokai-lint-disable fee-statement-missing: 本单位未收到依申请公开 -->\n");
    Path r = report("000.txt", text);
    CliRunner.Result plain = CliRunner.run(r.toString());
    assertThat(plain.out()).doesNotContain("[fee-statement-missing]").contains("另有 1 个已抑制");
    JsonNode json = new ObjectMapper().readTree(CliRunner.run("--format", "json", r.toString()).out());
    JsonNode fee = null;
    for (JsonNode f : json.at("/files/0/findings")) {
      if (f.get("ruleId").asText().equals("fee-statement-missing")) {
        fee = f;
      }
    }
    assertThat(fee).isNotNull();
    assertThat(fee.at("/suppressed/kind").asText()).isEqualTo("inSource");
    assertThat(fee.at("/suppressed/justification").asText()).isEqualTo("本单位未收到依申请公开");
    assertThat(json.at("/summary/suppressed").asInt()).isEqualTo(1);
  }

  @Test
  void disableCommentInAnotherPartDoesNotSuppress() throws IOException {
    String text = Files.readString(Examples.seed("000"), StandardCharsets.UTF_8)
        .replace("五、存在的主要问题及改进情况\n", "五、存在的主要问题及改进情况\n<!-- gaokai-lint-disable fee-statement-missing: wrong place -->\n");
    CliRunner.Result r = CliRunner.run(report("000.txt", text).toString());
    assertThat(r.out()).contains("[fee-statement-missing]");
  }

  @Test
  void baselineFailsOnlyOnNewFindingsAndNamesTheOnesThatWentAway() throws IOException {
    Path r = report("report.txt", Files.readString(Examples.seed("000"), StandardCharsets.UTF_8));
    Path baseline = tmp.resolve("baseline.json");
    assertThat(CliRunner.run("--write-baseline", baseline.toString(), r.toString()).exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(Files.readString(baseline)).contains("fee-statement-missing").contains("fingerprint");

    // unrelated edit: lines inserted at the top move every finding down
    Files.writeString(r, "\n\n" + Files.readString(r));
    CliRunner.Result same = CliRunner.run("--baseline", baseline.toString(), r.toString());
    assertThat(same.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(same.out()).doesNotContain("[fee-statement-missing]");

    // a new problem fails; a fixed one is reported as gone from the baseline
    String changed = Files.readString(r)
        .replace("六、其他需要报告的事项\n\n无", "六、其他需要报告的事项\n\n本年度未收取信息处理费。")
        .replace("行政规范性文件\t0\t2\t2", "行政规范性文件\t0\t2\t2\n其他文件\t1\t1\t1");
    Files.writeString(r, changed);
    CliRunner.Result next = CliRunner.run("--baseline", baseline.toString(), r.toString());
    assertThat(next.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(next.out()).contains("[table-row-extra]").doesNotContain("[fee-statement-missing]");
    assertThat(next.err()).contains("基线中有 1 项已不再出现").contains("[fee-statement-missing]");
  }

  @Test
  void extraReportsAreWrittenWhileTheConsoleGetsText() throws IOException {
    Path json = tmp.resolve("out/findings.json");
    CliRunner.Result r = CliRunner.run("--report", "json:" + json, Examples.seed("000").toString());
    assertThat(r.out()).contains("[fee-statement-missing]");
    assertThat(new ObjectMapper().readTree(json.toFile()).at("/files/0/year").asInt()).isEqualTo(2023);
    assertThat(CliRunner.run("--report", "pdf:x.pdf", Examples.seed("000").toString()).exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aYamlOnlyRuleAppearsInEveryOutputFormat() throws IOException {
    Files.writeString(tmp.resolve(".gaokai-lint.yaml"), CITE_492_RULE);
    Path r = report("report.md", seed003().replace("（一）主动公开方面。", "（一）主动公开方面。依据国务院令第492号，"));
    List<String> formats = List.of("text", "json", "sarif", "junit", "html");
    List<String> args = new java.util.ArrayList<>();
    for (String f : formats) {
      args.add("--report");
      args.add(f + ":" + tmp.resolve("out." + f));
    }
    args.add(r.toString());
    CliRunner.Result result = CliRunner.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    for (String f : formats) {
      assertThat(Files.readString(tmp.resolve("out." + f), StandardCharsets.UTF_8)).as(f).contains("cite-492");
    }
    JsonNode sarif = new ObjectMapper().readTree(tmp.resolve("out.sarif").toFile());
    assertThat(sarif.at("/runs/0/tool/driver/rules").findValuesAsText("id")).contains("cite-492");
  }

  @Test
  void rulesTestRunsTheUsersFixturesAgainstTheUsersRules() throws IOException {
    Path rules = Files.writeString(tmp.resolve("my-rules.yaml"), CITE_492_RULE);
    Path fixtures = Files.createDirectories(tmp.resolve("fixtures/cite-492"));
    Files.writeString(fixtures.resolve("fires.md"),
        "# 某局 2023 年政府信息公开工作年度报告\n<!-- expect: cite-492 -->\n依据国务院令第492号编制。\n");
    Files.writeString(fixtures.resolve("quiet.md"),
        "# 某局 2023 年政府信息公开工作年度报告\n<!-- ok: cite-492 -->\n依据国务院令第711号编制。\n");
    CliRunner.Result pass = CliRunner.run("rules", "test", tmp.resolve("fixtures").toString(), "--rules", rules.toString(), "--lang", "en");
    assertThat(pass.exitCode()).as(pass.out() + pass.err()).isZero();
    assertThat(pass.out()).contains("1 passed, 0 failed");
    Files.writeString(fixtures.resolve("fires.md"), "# 某局 2023 年政府信息公开工作年度报告\n\n依据国务院令第492号编制。\n");
    CliRunner.Result fail = CliRunner.run("rules", "test", tmp.resolve("fixtures").toString(), "--rules", rules.toString(), "--lang", "en");
    assertThat(fail.exitCode()).isEqualTo(1);
    assertThat(fail.out()).contains("0 passed, 1 failed");
  }
}
