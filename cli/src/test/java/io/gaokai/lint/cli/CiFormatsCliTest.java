package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The formats CI tools read natively, from the command line: several in one run, and SARIF's links to the rule documentation. */
class CiFormatsCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A workflow command as GitHub reads it, in the form gaokai-lint writes it. */
  static final Pattern GITHUB_COMMAND =
      Pattern.compile("^::(error|warning|notice) file=[^,:]*,line=\\d+,col=\\d+(,endLine=\\d+,endColumn=\\d+)?,title=[^,:]*::.*$");

  @TempDir Path tmp;

  @Test
  void checkstyleGithubGitlabAndSarifFromOneRunAgree() throws Exception {
    Path empty = Files.createFile(tmp.resolve("空 报告.txt"));
    Path a = tmp.resolve("a.xml");
    Path b = tmp.resolve("b.txt");
    Path c = tmp.resolve("c.json");
    Path d = tmp.resolve("d.sarif");
    CliRunner.Result r = CliRunner.run(
        "--report", "checkstyle:" + a, "--report", "github:" + b, "--report", "gitlab:" + c, "--report", "sarif:" + d,
        "--format", "json", Examples.root().resolve("seeds").toString(), empty.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    JsonNode json = JSON.readTree(r.out());
    List<JsonNode> findings = new ArrayList<>();
    json.path("files").forEach(f -> f.path("findings").forEach(x -> {
      if (!x.has("suppressed")) {
        findings.add(x);
      }
    }));
    assertThat(findings).hasSizeGreaterThan(3);
    int files = json.path("files").size();

    Document checkstyle = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(a.toFile());
    assertThat(checkstyle.getDocumentElement().getTagName()).isEqualTo("checkstyle");
    assertThat(checkstyle.getElementsByTagName("file").getLength()).isEqualTo(files);
    NodeList errors = checkstyle.getElementsByTagName("error");
    assertThat(errors.getLength()).isEqualTo(findings.size());
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < errors.getLength(); i++) {
      sources.add(((Element) errors.item(i)).getAttribute("source"));
    }
    assertThat(sources).containsExactlyElementsOf(findings.stream().map(f -> "gaokai-lint." + f.path("ruleId").asText()).toList());

    List<String> commands = Files.readAllLines(b, StandardCharsets.UTF_8);
    assertThat(commands).hasSize(findings.size()).allMatch(l -> GITHUB_COMMAND.matcher(l).matches());
    assertThat(commands).anyMatch(l -> l.startsWith("::error file=" + empty.toString().replace(":", "%3A").replace(",", "%2C") + ",line=1,col=1,"));

    JsonNode gitlab = JSON.readTree(c.toFile());
    assertThat(gitlab.isArray()).isTrue();
    assertThat(gitlab).hasSize(findings.size());
    assertThat(gitlab).extracting(i -> i.path("check_name").asText())
        .containsExactlyElementsOf(findings.stream().map(f -> f.path("ruleId").asText()).toList());
    assertThat(gitlab).extracting(i -> i.path("fingerprint").asText()).doesNotHaveDuplicates();

    JsonNode sarif = JSON.readTree(d.toFile()).path("runs").get(0);
    assertThat(sarif.path("results")).hasSize(json.path("files").findValues("ruleId").size());
  }

  @Test
  void theGithubFormatOnStandardOutputIsWorkflowCommandsAndNothingElse() {
    CliRunner.Result r = CliRunner.run("-f", "github", Examples.seed("000").toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out().lines().toList()).isNotEmpty().allMatch(l -> GITHUB_COMMAND.matcher(l).matches());
    assertThat(r.out()).contains(",title=fee-statement-missing::第六部分没有说明信息处理费的收取情况%0A修正：");
    assertThat(CliRunner.run("-f", "github", "--lang", "en", Examples.seed("000").toString()).out())
        .contains(",title=fee-statement-missing::part 6 does not state whether an information processing fee");
  }

  @Test
  void sarifLinksEachRuleToTheDocumentationShippedWithTheToolOrToTheOneGiven() throws Exception {
    Path rulesMd = Examples.root().getParent().resolve("docs/rules.md").toRealPath();
    JsonNode installed = driver(CliRunner.run("-f", "sarif", Examples.seed("000").toString()));
    assertThat(installed.path("informationUri").asText()).isEqualTo(rulesMd.toUri().toASCIIString());
    assertThat(installed.path("rules")).allMatch(rule ->
        rule.path("helpUri").asText().equals(rulesMd.toUri().toASCIIString() + "#" + rule.path("id").asText()));

    Path copy = Files.createDirectories(tmp.resolve("发布 docs")).resolve("rules.md");
    JsonNode given = driver(CliRunner.run("-f", "sarif", "--docs-url", copy.toUri().toASCIIString(), Examples.seed("000").toString()));
    assertThat(given.path("informationUri").asText()).isEqualTo(copy.toUri().toASCIIString());
    assertThat(given.path("rules")).allMatch(rule ->
        rule.path("helpUri").asText().equals(copy.toUri().toASCIIString() + "#" + rule.path("id").asText()));
  }

  private static JsonNode driver(CliRunner.Result r) throws Exception {
    assertThat(r.err()).isEmpty();
    return JSON.readTree(r.out()).path("runs").get(0).path("tool").path("driver");
  }

  @Test
  void aBadDocsUrlIsAUsageError() {
    for (String bad : List.of("docs/rules.md", "file:///opt/docs/rules.md#three-balance", "not a url")) {
      CliRunner.Result r = CliRunner.run("-f", "sarif", "--docs-url", bad, Examples.seed("000").toString());
      assertThat(r.exitCode()).as(bad).isEqualTo(ExitCode.USAGE);
      assertThat(r.out()).as(bad).isEmpty();
      assertThat(r.err().lines().findFirst().orElseThrow()).as(bad).startsWith("gaokai-lint: --docs-url ").contains(" / ").contains(bad);
    }
  }

  @Test
  void theNewFormatsAreOfferedAndAnUnknownOneIsRefused() {
    assertThat(CliRunner.run("--help").out()).contains("checkstyle").contains("github").contains("gitlab").contains("--docs-url");
    CliRunner.Result r = CliRunner.run("--report", "codeclimate:x.json", Examples.seed("000").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("checkstyle").contains("github").contains("gitlab");
  }
}
