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
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifFormatterTest {

  private static final Path BASE = Path.of("/work/repo").toAbsolutePath();

  private static FileResult brokenRowTotal() {
    String text = sampleReport();
    int line = lineStartingWith(text, "四、结转下年度继续办理");
    return lint(BASE.resolve("reports/示例 局.txt").toString(), withLine(text, line, "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t7"));
  }

  private static JsonNode sarif(Lang lang, List<FileResult> results) throws Exception {
    return new ObjectMapper().readTree(render(SarifFormatter::new, context(lang, Severity.ERROR, BASE), results));
  }

  @Test
  void oneRunWithTheToolTheRulesAndTheBase() throws Exception {
    JsonNode log = sarif(Lang.ZH, List.of(brokenRowTotal()));

    assertThat(log.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("runs")).hasSize(1);
    JsonNode run = log.path("runs").get(0);
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("gaokai-lint");
    assertThat(driver.path("version").asText()).isEqualTo("9.9.9-test");
    // no documentation known: no address is made up
    assertThat(driver.has("informationUri")).isFalse();
    assertThat(driver.path("rules")).noneMatch(r -> r.has("helpUri"));
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()).isEqualTo("file:///work/repo/");
  }

  @Test
  void withTheDocumentationKnownTheDriverAndTheRulesItDocumentsLinkToIt() throws Exception {
    java.net.URI docs = RuleDocs.parse("file:///opt/gaokai%20lint/docs/rules.md");
    FormatContext context = new FormatContext("9.9.9-test", Lang.EN, Severity.ERROR, OutputFixtures.rules(), BASE, RuleDocs.at(docs));
    JsonNode driver = new ObjectMapper().readTree(render(SarifFormatter::new, context, List.of()))
        .path("runs").get(0).path("tool").path("driver");

    assertThat(driver.path("informationUri").asText()).isEqualTo("file:///opt/gaokai%20lint/docs/rules.md");
    JsonNode rules = driver.path("rules");
    // the test's rules come from a rule file of the user's, which the documentation has no section for
    assertThat(rules).filteredOn(r -> !r.path("id").asText().equals(Linter.INPUT_RULE_ID)).noneMatch(r -> r.has("helpUri"));
    assertThat(rules.get(rules.size() - 1).path("helpUri").asText()).isEqualTo("file:///opt/gaokai%20lint/docs/rules.md#input-unreadable");
  }

  @Test
  void everyRuleOfTheSetIsDescribedAndThePseudoRuleComesLast() throws Exception {
    JsonNode rules = sarif(Lang.ZH, List.of()).path("runs").get(0).path("tool").path("driver").path("rules");

    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.path("id").asText()));
    assertThat(ids).containsExactly("three-row-total", "forbidden-text", "placeholder", "old-reports-only", Linter.INPUT_RULE_ID);
    JsonNode rowTotal = rules.get(0);
    assertThat(rowTotal.path("name").asText()).isEqualTo("ThreeRowTotal");
    assertThat(rowTotal.path("shortDescription").path("text").asText()).isEqualTo("申请表行合计");
    assertThat(rowTotal.path("fullDescription").path("text").asText()).isEqualTo("每一行的总计等于各申请人之和。");
    assertThat(rowTotal.path("help").path("text").asText()).contains("每一行的总计等于各申请人之和。").contains("核对该行各申请人数字及总计。");
    assertThat(rowTotal.path("help").path("markdown").asText()).contains("**申请表行合计**").contains("`three-row-total`");
    assertThat(rowTotal.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
    assertThat(rowTotal.path("properties").path("category").asText()).isEqualTo("identity");
    assertThat(rowTotal.path("properties").path("tags")).extracting(JsonNode::asText).containsExactly("gaokai-lint", "identity", "relation");
    assertThat(rules.get(2).path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
    assertThat(rules.get(3).path("defaultConfiguration").path("level").asText()).isEqualTo("note");
    JsonNode input = rules.get(4);
    assertThat(input.path("fullDescription").path("text").asText()).isEqualTo(Linter.INPUT_RULE_DESCRIPTION.zh());
    assertThat(input.path("help").path("text").asText())
        .isEqualTo(Linter.INPUT_RULE_DESCRIPTION.zh() + "\n\n" + RuleCatalog.INPUT_RULE.help().zh());
    assertThat(input.path("help").path("markdown").asText()).contains("**修正**：").contains("--max-file-size").doesNotContain("请先转换为文本");
    assertThat(input.path("properties").path("tags")).extracting(JsonNode::asText).doesNotHaveDuplicates();
  }

  @Test
  void aResultPointsAtItsRuleAndItsPlace() throws Exception {
    FileResult broken = brokenRowTotal();
    Finding finding = broken.findings().get(0);
    JsonNode result = sarif(Lang.ZH, List.of(broken)).path("runs").get(0).path("results").get(0);

    assertThat(result.path("ruleId").asText()).isEqualTo("three-row-total");
    assertThat(result.path("ruleIndex").asInt()).isZero();
    assertThat(result.path("level").asText()).isEqualTo("error");
    assertThat(result.path("message").path("text").asText()).isEqualTo(finding.message().zh());
    JsonNode physical = result.path("locations").get(0).path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("reports/%E7%A4%BA%E4%BE%8B%20%E5%B1%80.txt");
    assertThat(physical.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    JsonNode region = physical.path("region");
    assertThat(region.path("startLine").asInt()).isEqualTo(finding.span().line());
    assertThat(region.path("startColumn").asInt()).isEqualTo(finding.span().column());
    assertThat(region.path("endColumn").asInt()).isEqualTo(finding.span().column() + finding.span().length());
    assertThat(result.path("partialFingerprints").path(Fingerprints.KEY).asText()).matches("[0-9a-f]{32}:1");
  }

  @Test
  void anUnreadableInputIsAResultOfThePseudoRule() throws Exception {
    JsonNode result = sarif(Lang.EN, List.of(unreadable("empty.txt"))).path("runs").get(0).path("results").get(0);

    assertThat(result.path("ruleId").asText()).isEqualTo(Linter.INPUT_RULE_ID);
    assertThat(result.path("ruleIndex").asInt()).isEqualTo(4);
    assertThat(result.path("level").asText()).isEqualTo("error");
    assertThat(result.path("message").path("text").asText()).startsWith("cannot read the report");
  }

  @Test
  void englishRunsDescribeRulesInEnglish() throws Exception {
    JsonNode driver = sarif(Lang.EN, List.of()).path("runs").get(0).path("tool").path("driver");

    assertThat(driver.path("rules").get(0).path("shortDescription").path("text").asText()).isEqualTo("Applications row total");
    assertThat(driver.path("rules").get(0).path("help").path("markdown").asText()).contains("**Fix:** Correct");
  }

  @Test
  void aFileOutsideTheBaseGetsAnAbsoluteUriWithoutBaseId() throws Exception {
    FileResult outside = lint("/elsewhere/r.txt", withLine(sampleReport(), 5, "依据国务院令第492号。"));
    JsonNode artifact = sarif(Lang.ZH, List.of(outside)).path("runs").get(0).path("results").get(0)
        .path("locations").get(0).path("physicalLocation").path("artifactLocation");

    assertThat(artifact.path("uri").asText()).isEqualTo("file:///elsewhere/r.txt");
    assertThat(artifact.has("uriBaseId")).isFalse();
  }
}
