package io.gaokai.lint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading is strict and safe: every problem names file, line and column. */
class RuleSetLoaderTest {

  @TempDir Path tmp;

  private static final String GOOD_RULE = """
      rules:
        - id: cite-492
          type: pattern
          pattern: "国务院令第\\\\s*492\\\\s*号"
          category: text
          severity: error
          message: {zh: "引用了旧条例“{match}”", en: "old regulation “{match}”"}
          description: 旧条例。
      """;

  private static RuleDefinitionException failure(String yaml) {
    try {
      new RuleSetLoader().text("rules.yaml", yaml);
    } catch (RuleDefinitionException e) {
      return e;
    }
    throw new AssertionError("expected a RuleDefinitionException for:\n" + yaml);
  }

  @Test
  void aValidRuleLoads() throws RuleDefinitionException {
    RuleSet set = new RuleSetLoader().text("rules.yaml", GOOD_RULE);
    assertThat(set.rules()).extracting(Rule::id).containsExactly("cite-492");
    assertThat(set.rule("cite-492").orElseThrow().origin().line()).isEqualTo(2);
  }

  @Test
  void unknownCheckKindNamesTheLine() {
    RuleDefinitionException e = failure(GOOD_RULE.replace("type: pattern", "type: spelling"));
    assertThat(e.mark().file()).isEqualTo("rules.yaml");
    assertThat(e.mark().line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("rules.yaml:3:").contains("未知的检查类型").contains("spelling");
  }

  @Test
  void brokenYamlNamesTheLine() {
    RuleDefinitionException e = failure("rules:\n  - id: x\n    type: [pattern\n");
    assertThat(e.getMessage()).startsWith("rules.yaml:").contains("YAML");
    assertThat(e.mark().line()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void javaTypeTagsAreRefused() {
    RuleDefinitionException e = failure("rules: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]");
    assertThat(e.getMessage()).contains("rules.yaml:1:").contains("YAML");
  }

  @Test
  void aliasBombsAreRefused() {
    StringBuilder bomb = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
          .append(p).append(",*").append(p).append("]\n");
    }
    bomb.append("rules: []\n");
    assertThat(failure(bomb.toString()).getMessage()).startsWith("rules.yaml:");
  }

  @Test
  void unknownKeysAndMisspeltOptionsAreErrors() {
    assertThat(failure(GOOD_RULE.replace("category: text", "category: text\n    severty: error")).getMessage())
        .contains("rules.yaml:6:5").contains("severty");
    assertThat(failure("rule: []").getMessage()).contains("rules.yaml:1:1").contains("rule");
  }

  @Test
  void badExpressionsUnknownCellKeysAndInvalidPatternsAreErrors() {
    String identity = """
        rules:
          - id: my-sum
            type: relation
            table: applications
            forEach: column
            assert: new + carriedOver = results.total + nonsense
            category: identity
            severity: error
            message: x
            description: x
        """;
    assertThat(failure(identity).getMessage()).contains("rules.yaml:6:").contains("nonsense");
    assertThat(failure(identity.replace("+ nonsense", "+")).getMessage()).contains("rules.yaml:6:").contains("无法解析表达式");
    assertThat(failure(GOOD_RULE.replace("国务院令第\\\\s*492\\\\s*号", "(unclosed")).getMessage())
        .contains("rules.yaml:4:").contains("正则表达式");
    assertThat(failure(GOOD_RULE.replace("{match}”\", en", "{nope}”\", en")).getMessage()).contains("{nope}");
  }

  @Test
  void extendsBuiltInByNameAndFilesByPath() throws Exception {
    Path base = Files.writeString(tmp.resolve("base.yaml"), GOOD_RULE);
    Path child = Files.writeString(tmp.resolve("child.yaml"), "extends: [base.yaml]\nrules: []\n");
    assertThat(new RuleSetLoader().file(child).rules()).extracting(Rule::id).containsExactly("cite-492");
    RuleDefinitionException missing = failure("extends: [no-such-set]");
    assertThat(missing.getMessage()).contains("no-such-set");
  }

  @Test
  void anExtendsTargetThatIsADeviceIsRefusedAtOnce() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");
    Path link = Files.createSymbolicLink(tmp.resolve("zero.yaml"), zero);
    Path child = Files.writeString(tmp.resolve("child.yaml"), "extends: [zero.yaml]\nrules: []\n");
    RuleSetLoader allowingDev = new RuleSetLoader().withAccess(RuleFileAccess.of(tmp, List.of(Path.of("/dev"))));

    // reading it to its end once ran out of memory
    RuleDefinitionException e = assertThrows(RuleDefinitionException.class,
        () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> allowingDev.file(child)));

    assertThat(e.getMessage()).isEqualTo(link + ":1:1: 规则文件不是普通文件（管道、设备等）/ rule file is not a regular file (a pipe, a device …)");
  }

  @Test
  void aRuleFileThatIsNotUtf8IsRefused() throws Exception {
    Path gbk = Files.write(tmp.resolve("gbk.yaml"), GOOD_RULE.getBytes(java.nio.charset.Charset.forName("GBK")));

    RuleDefinitionException e = assertThrows(RuleDefinitionException.class, () -> new RuleSetLoader().file(gbk));

    assertThat(e.getMessage()).isEqualTo(gbk + ":1:1: 规则文件不是有效的 UTF-8 文本 / rule file is not valid UTF-8 text");
  }

  @Test
  void aChainOfExtendsDeeperThanTheLimitIsAClearErrorNotAStackOverflow() throws Exception {
    int files = 5000;
    for (int i = 0; i < files; i++) {
      java.nio.file.Files.writeString(tmp.resolve("r" + i + ".yaml"), "extends: [r" + (i + 1) + ".yaml]\nrules: []\n");
    }
    java.nio.file.Files.writeString(tmp.resolve("r" + files + ".yaml"), "rules: []\n");

    RuleDefinitionException e = org.junit.jupiter.api.Assertions.assertThrows(
        RuleDefinitionException.class, () -> new RuleSetLoader().file(tmp.resolve("r0.yaml")));
    assertThat(e.getMessage()).contains("deeper than " + RuleSetLoader.MAX_EXTENDS_DEPTH).contains("r32.yaml:1:");
  }

  @Test
  void aRegexWhoseNestedCountsExplodeIsRefusedAtItsLineAndColumn() {
    String rules = """
        rules:
          - id: bomb
            type: pattern
            pattern: "(a{1000}){1000}"
            category: text
            severity: warning
            message: {zh: "{match}", en: "{match}"}
            description: x
        """;

    RuleDefinitionException e = failure(rules);
    assertThat(e.getMessage()).contains("rules.yaml:4:").contains("nested repetition counts multiply to 1000000");
  }

  @Test
  void aPlaceholderTheRuleDoesNotFillIsALoadErrorAtTheMessage() {
    String rules = """
        rules:
          - id: table-gone
            type: presence
            of: table
            category: table
            severity: error
            message:
              zh: "缺少{table}"
              en: "the {table} lacks the row {row}"
            description: x
        """;

    RuleDefinitionException e = failure(rules);

    assertThat(e.mark().line()).isEqualTo(9);
    assertThat(e.mark().column()).as("where the English message starts").isEqualTo(11);
    assertThat(e.getMessage()).contains("rules.yaml:9:11").contains("{row}").contains("available: [count, rows, table]");
  }

  @Test
  void theSameRuleWithThePlaceholdersItFillsLoads() throws RuleDefinitionException {
    String rules = """
        rules:
          - id: table-gone
            type: presence
            of: table
            category: table
            severity: error
            message: {zh: "缺少{table}", en: "the {table} is missing"}
            description: x
        """;
    assertThat(new RuleSetLoader().text("rules.yaml", rules).rule("table-gone")).isPresent();
  }
}
