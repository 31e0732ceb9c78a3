package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every misuse of the command line ends with a one-line message,
 * the documented exit code and, where a value was mistyped, the value meant; never a Java exception.
 */
class CliMisuseTest {

  private static final String SEED = Examples.seed("000").toString();

  @TempDir Path tmp;

  private static void assertOneLineUsageError(CliRunner.Result r, String... expected) {
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    List<String> lines = r.err().lines().toList();
    assertThat(lines.get(0)).startsWith("gaokai-lint: ").contains(expected);
    assertThat(lines).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--format|sarfi|“sarif”",
    "--fail-on|warnin|“warning”",
    "--lang|e|“en”",
    "--stdin-format|htlm|“html”",
  })
  void aMistypedOptionValueIsRefusedWithTheValueMeant(String option, String value, String meant) {
    CliRunner.Result r = CliRunner.run(option, value, SEED);

    assertOneLineUsageError(r, option + " 的值 “" + value + "” 无效（是否想写 " + meant + "？）", "did you mean " + meant);
  }

  @Test
  void aValueFarFromAnyIsRefusedNamingTheValuesTaken() {
    CliRunner.Result r = CliRunner.run("--stdin-format", "xlsx", "-");

    assertOneLineUsageError(r, "--stdin-format 的值 “xlsx” 无效，可用 [doc, docx, htm, html, markdown, md, pdf, txt]");
  }

  @Test
  void aMistypedReportFormatIsRefusedWithTheFormatMeant() {
    assertOneLineUsageError(CliRunner.run("--report", "jsno:out.json", SEED), "（是否想写 “json”？）");
  }

  @Test
  void anUnknownOptionIsOneLineSayingWhereHelpIs() {
    assertOneLineUsageError(CliRunner.run("--fial-on", "warning", SEED), "（用法见 / see: gaokai-lint --help）");
  }

  @Test
  void anOutputThatCannotBeWrittenIsOneLineAndExitTwo() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");

    CliRunner.Result underAFile = CliRunner.run("-o", file.resolve("out.txt").toString(), SEED);
    CliRunner.Result aDirectory = CliRunner.run("--report", "sarif:" + tmp, SEED);

    assertOneLineUsageError(underAFile, "无法写入输出文件 " + file.resolve("out.txt") + "：路径上有同名的文件而不是目录");
    assertOneLineUsageError(aDirectory, "无法写入输出文件 " + tmp + "：是目录");
  }

  @Test
  void aMistypedRuleIdInTheConfigurationSaysWhichWasMeant() throws IOException {
    Path config = Files.writeString(tmp.resolve("c.yaml"), "severity:\n  fee-statment-missing: off\n");

    CliRunner.Result r = CliRunner.run("--config", config.toString(), SEED);

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(config + ":2:3: 没有 id 为 “fee-statment-missing” 的规则（是否想写 “fee-statement-missing”？）");
  }

  @Test
  void aMissingExtendsIsReportedAtTheLineThatNamesIt() throws IOException {
    Files.writeString(tmp.resolve("my-rules.yaml"), "ruleset: mine\nrules: []\n");
    Path config = Files.writeString(tmp.resolve("c.yaml"), "lang: zh\nextends:\n  - national\n  - my-rule.yaml\n");

    CliRunner.Result r = CliRunner.run("--config", config.toString(), SEED);

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(config + ":4:5: extends 指向的文件不存在：" + tmp.resolve("my-rule.yaml") + "（是否想写 “my-rules.yaml”？）");
  }

  @Test
  void aYamlSyntaxErrorShowsTheLineWithAMarkerAndAHint() throws IOException {
    Path config = Files.writeString(tmp.resolve("c.yaml"), "rules:\n  - id: x\n    type: pattern\n    pattern: \"国务院令\n");

    CliRunner.Result r = CliRunner.run("--config", config.toString(), SEED);

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(
        config + ":4:14: YAML 语法错误：这个引号里的字符串没有结束引号 / YAML syntax error: this quoted string is never closed\n"
            + "    4 |     pattern: \"国务院令\n"
            + "      |              ^\n");
    assertThat(r.err()).doesNotContain("end of stream", "while scanning");
  }

  @Test
  void theRulesCommandsReadTheProjectsConfiguration() throws IOException, InterruptedException {
    Files.writeString(tmp.resolve(".gaokai-lint.yaml"), "extends: [national, own.yaml]\n");
    Files.writeString(tmp.resolve("own.yaml"), """
        ruleset: own
        rules:
          - id: cite-old-regulation
            type: pattern
            pattern: "国务院令第492号"
            category: text
            severity: error
            message: {zh: "引用了旧条例", en: "cites the old regulation"}
            description: 2019 年修订后应引用国务院令第711号。
        """);

    // run where a user runs it: in the project, so that the configuration is found from there
    String list = inDirectory(tmp, "rules", "list");
    String explain = inDirectory(tmp, "rules", "explain", "cite-old-regulation");

    assertThat(list).contains("cite-old-regulation").contains("fee-statement-missing");
    assertThat(explain).contains("cite-old-regulation").contains("2019 年修订后应引用国务院令第711号");
  }

  @Test
  void oneLineOrTableRowIsTurnedOffByADisableNextLineComment() throws IOException {
    Path variant = Examples.root().resolve("variants/003-identity-three.md");
    List<String> lines = Files.readAllLines(variant, StandardCharsets.UTF_8);
    int row = 62; // the (七) 总计 row, whose total is wrong
    assertThat(lines.get(row - 1)).contains("总计");
    lines.add(row - 1, "<!-- gaokai-lint-disable-next-line three-row-total: 已与原始台账核对 -->");
    Path commented = Files.write(tmp.resolve("commented.md"), lines, StandardCharsets.UTF_8);

    CliRunner.Result before = CliRunner.run(variant.toString());
    CliRunner.Result after = CliRunner.run(commented.toString());

    assertThat(before.out()).contains(":62:21: 错误 [three-row-total]", ":62:9: 错误 [three-results-sum]");
    assertThat(after.out())
        .doesNotContain("[three-row-total]")
        .contains(":63:9: 错误 [three-results-sum]") // another rule on the same row is still reported
        .contains("另有 1 个已抑制");
  }

  /** Runs the command line in a JVM of its own whose working directory is {@code dir}. */
  private static String inDirectory(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
