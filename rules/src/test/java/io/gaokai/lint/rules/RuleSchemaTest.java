package io.gaokai.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.gaokai.lint.core.rules.CheckKinds;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The JSON Schema of rule files: a valid draft-07 schema that accepts the national rule set and
 * accepts and refuses exactly what the rule loader and the check kinds accept and refuse.
 */
class RuleSchemaTest {

  private static final String SCHEMA = "io/gaokai/lint/rules/gaokai-lint-rules.schema.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode schemaNode = json(resource(SCHEMA));
  private final Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaNode);

  private static String resource(String name) {
    try (InputStream in = RuleSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A YAML rule file as JSON, the way an editor's YAML language server sees it. */
  private static JsonNode yamlAsJson(String yaml) {
    Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    return JSON.valueToTree(tree);
  }

  private List<Error> validate(String yaml) {
    return schema.validate(yamlAsJson(yaml));
  }

  private static boolean loaderAccepts(String yaml) {
    try {
      new RuleSetLoader().text("rule.yaml", yaml);
      return true;
    } catch (RuleDefinitionException e) {
      return false;
    }
  }

  /** A rule set of one rule: the common keys plus the given lines. */
  private static String rule(String type, String... lines) {
    StringBuilder sb = new StringBuilder("""
        rules:
          - id: some-rule
            category: text
            severity: warning
            message: {zh: 问题, en: problem}
            description: 说明
        """);
    sb.append("    type: ").append(type).append('\n');
    for (String line : lines) {
      sb.append("    ").append(line).append('\n');
    }
    return sb.toString();
  }

  @Test
  void theSchemaIsADraft07Schema() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));

    assertThat(meta.validate(schemaNode)).isEmpty();
    assertThat(schemaNode.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
  }

  @Test
  void theNationalRuleSetIsValid() {
    String yaml = resource("io/gaokai/lint/rules/national.yaml");

    assertThat(validate(yaml)).isEmpty();
    assertThat(yaml.lines().findFirst()).hasValue("# yaml-language-server: $schema=gaokai-lint-rules.schema.json");
  }

  @Test
  void anUnknownOptionKeyIsRefused() {
    String yaml = rule("presence", "of: part", "heading: 一、总体情况");

    List<Error> errors = validate(yaml);

    assertThat(errors).isNotEmpty();
    assertThat(errors).anySatisfy(e -> assertThat(e.getKeyword()).isEqualTo("additionalProperties"));
    assertThat(errors.toString()).contains("heading");
    assertThat(loaderAccepts(yaml)).isFalse();
  }

  @Test
  void everyCheckKindHasItsOptionsInTheSchema() {
    List<String> types = new ArrayList<>();
    schemaNode.at("/definitions/rule/properties/type/enum").forEach(n -> types.add(n.asText()));
    List<String> branches = StreamSupport.stream(schemaNode.at("/definitions/rule/allOf").spliterator(), false)
        .map(b -> b.at("/if/properties/type/const").asText())
        .toList();

    assertThat(types).containsExactlyInAnyOrderElementsOf(CheckKinds.builtIn().types());
    assertThat(branches).containsExactlyInAnyOrderElementsOf(types);
  }

  /** Rules the loader accepts: the schema accepts them too. */
  @ParameterizedTest
  @ValueSource(strings = {
    "wording|of: partNumber",
    "wording|of: rowLabel|table: applications",
    "relation|forEach: cell|table: [applications, reviewLitigation]|where: cell.isNumber|assert: cell.isCount",
    "presence|of: header|table: activeDisclosure",
    "presence|of: part|expect: ordered",
    "presence|of: versionLabel|version: newer",
    "relation|table: applications|forEach: row|assert: total = naturalPerson + commercial",
    "relation|table: reviewLitigation|forEach: row|assert: [review.total = review.upheld + review.pending, litigationDirect.total = sum(litigationDirect)]",
    "relation|forEach: sentence|part: 6|select: 处理费|first: true|let: {count: \"cell('applications', 'results.other.unpaidFee', 'total')\"}|assert: count = 0 or matches('元')",
    "relation|forEach: sentence|part: [1, 3]|select: 受理(?P<n>\\d+)件|assert: n = cell('applications', 'new', 'total')",
    "relation|let: {deadline: \"date(report.year + 1, '02-15')\"}|assert: publication.date <= deadline|limit: 1",
    "relation|forEach: column|table: applications|assert: carriedOver = previous(carryForward)",
    "pattern|pattern: 国务院令第\\s*492\\s*号|mode: forbid|part: any|fix: 国务院令第711号",
    "pattern|literal: 信息处理费|mode: require|part: 6",
    "pattern|literal: 收费|part: 6|when: {years: \">=2021\", formats: [2021], organs: [government, department]}",
    "pattern|literal: 收费|when: {years: 2019-2020, formats: 2019, organs: department}",
    "pattern|literal: 收费|when: {years: 2023}",
    "pattern|literal: 收费|name: 收费|help: {zh: 改, en: fix}",
  })
  void whatTheLoaderAcceptsTheSchemaAccepts(String spec) {
    String[] parts = spec.split("\\|");
    String yaml = rule(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));

    assertThat(loaderAccepts(yaml)).as("loader accepts%n%s", yaml).isTrue();
    assertThat(validate(yaml)).as("schema errors for%n%s", yaml).isEmpty();
  }

  /** Rules the loader refuses: the schema refuses them too. */
  @ParameterizedTest
  @ValueSource(strings = {
    "presence",
    "presence|of: absent",
    "presence|of: table|tables: applications",
    "presence|of: part|expect: sometimes",
    "relation|table: applications",
    "relation|table: applications|assert: []",
    "relation|table: applications|assert: new = carriedOver|forEach: everywhere",
    "relation|table: applications|assert: new = carriedOver|check: sum",
    "relation|assert: x|limit: -1",
    "wording|of: heading",
    "pattern|mode: forbid",
    "pattern|pattern: 收费|literal: 收费",
    "pattern|literal: 收费|mode: warn",
    "pattern|literal: 收费|when: {year: 2023}",
    "pattern|literal: 收费|when: {organs: [county]}",
    "pattern|literal: 收费|when: {years: after 2020}",
    "pattern|literal: 收费|help: {zh: 改}",
    "regex|pattern: 收费",
  })
  void whatTheLoaderRefusesTheSchemaRefuses(String spec) {
    String[] parts = spec.split("\\|");
    String yaml = rule(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));

    assertThat(loaderAccepts(yaml)).as("loader refuses%n%s", yaml).isFalse();
    assertThat(validate(yaml)).as("schema refuses%n%s", yaml).isNotEmpty();
  }

  /**
   * What only the format can tell (its tables, rows, parts and versions are data, not schema): the
   * loader refuses these with file, line and column; the schema, which knows no format, cannot.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "presence|of: row|table: appendix",
    "pattern|literal: 收费|part: 7",
    "pattern|literal: 收费|when: {formats: [2020]}",
    "relation|forEach: column|table: applications|assert: new = nonsense",
    "relation|assert: cell('applications', 'new', 'everyone') = 0",
  })
  void whatOnlyTheFormatTellsTheLoaderRefuses(String spec) {
    String[] parts = spec.split("\\|");
    String yaml = rule(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));

    assertThat(loaderAccepts(yaml)).as("loader refuses%n%s", yaml).isFalse();
  }

  /**
   * The schema is generated from the check kinds' option declarations, never edited by hand:
   * {@code mvn -pl rules -am test -Dtest=RuleSchemaTest -Dsurefire.failIfNoSpecifiedTests=false
   * -Dgaokai.updateSchema=true} rewrites the committed copy (which editors read beside the rule sets).
   */
  @Test
  void theCommittedSchemaIsTheOneTheCheckKindsDeclare() throws java.io.IOException {
    String generated = io.gaokai.lint.core.rules.RuleSchema.text(CheckKinds.builtIn());
    if (Boolean.getBoolean("gaokai.updateSchema")) {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("src/main/resources").resolve(SCHEMA), generated, java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(resource(SCHEMA))
        .as("the committed schema differs from what the check kinds declare: regenerate it with -Dgaokai.updateSchema=true")
        .isEqualTo(generated);
  }

  @Test
  void theTopLevelIsClosedToo() {
    String yaml = "ruleset: mine\nextends: national\nrule: []\n";

    assertThat(loaderAccepts(yaml)).isFalse();
    assertThat(validate(yaml)).isNotEmpty();
    assertThat(validate("ruleset: mine\nextends: [national, ./more.yaml]\nrules: []\n")).isEmpty();
  }
}
