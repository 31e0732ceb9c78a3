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
    String yaml = rule("parts", "check: missing", "heading: 一、总体情况");

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
    "parts|check: numbering",
    "table|check: not-count|table: [applications, reviewLitigation]",
    "table|check: headers|table: activeDisclosure",
    "identity|table: applications|forEach: row|assert: total = naturalPerson + commercial",
    "identity|table: reviewLitigation|forEach: row|assert: [review.total = review.upheld + review.pending, litigationDirect.total = sum(litigationDirect)]",
    "fee|check: amount-missing|statement: 信息处理费|noNotice: 未发出收费通知",
    "period|check: late-publication|departmentDeadline: 02-15|governmentDeadline: 03-31",
    "format-version|check: premature",
    "pattern|pattern: 国务院令第\\s*492\\s*号|mode: forbid|part: any",
    "pattern|literal: 信息处理费|mode: require|part: 6",
    "pattern|literal: 收费|part: \"6\"|when: {years: \">=2021\", formats: [2021], organs: [government, department]}",
    "pattern|literal: 收费|when: {years: 2019-2020, formats: 2019, organs: unknown}",
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
    "parts",
    "parts|check: absent",
    "parts|check: missing|table: applications",
    "table|check: missing|table: appendix",
    "table|check: missing|tables: applications",
    "identity|table: applications",
    "identity|table: applications|assert: []",
    "identity|table: applications|assert: new = carriedOver|forEach: cell",
    "identity|table: applications|assert: new = carriedOver|check: sum",
    "fee|check: missing|pattern: 收费",
    "period|check: late-publication|deadline: 01-31",
    "period|check: late-publication|departmentDeadline: 1月31日",
    "format-version|check: outdated|year: 2023",
    "pattern|mode: forbid",
    "pattern|pattern: 收费|literal: 收费",
    "pattern|literal: 收费|mode: warn",
    "pattern|literal: 收费|part: 7",
    "pattern|literal: 收费|when: {year: 2023}",
    "pattern|literal: 收费|when: {formats: [2020]}",
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

  @Test
  void theTopLevelIsClosedToo() {
    String yaml = "ruleset: mine\nextends: national\nrule: []\n";

    assertThat(loaderAccepts(yaml)).isFalse();
    assertThat(validate(yaml)).isNotEmpty();
    assertThat(validate("ruleset: mine\nextends: [national, ./more.yaml]\nrules: []\n")).isEmpty();
  }
}
