package io.gaokai.lint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gaokai.lint.core.model.ReportFormat;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.TableKind;
import org.junit.jupiter.api.Test;

/** Format documents: the built-in national format, and formats that extend it in YAML alone. */
class FormatLoaderTest {

  private static final String REVISED = """
      format: revised
      extends: national
      versions:
        - id: "2030"
          years: ">=2030"
          basedOn: "2021"
          labels:
            applications:
              results.granted: （一）全部公开
      """;

  @Test
  void theNationalFormatHasItsVersionsPartsAndTables() throws RuleDefinitionException {
    ReportFormat f = new FormatLoader().builtIn(FormatLoader.DEFAULT);

    assertThat(f.versions()).extracting(v -> v.id()).containsExactly("pre2019", "2019", "2021");
    assertThat(f.parts()).hasSize(6);
    assertThat(f.tables()).extracting(TableKind::id).containsExactly("activeDisclosure", "applications", "reviewLitigation");
    assertThat(f.expectedFor(2018).id()).isEqualTo("pre2019");
    assertThat(f.expectedFor(2020).id()).isEqualTo("2019");
    assertThat(f.expectedFor(2035).id()).isEqualTo("2021");
    TableKind applications = f.table("applications").orElseThrow();
    assertThat(applications.rows(f.version("2021").orElseThrow())).hasSize(25);
    assertThat(applications.rows(f.version("2019").orElseThrow())).hasSize(23);
    assertThat(f.table("reviewLitigation").orElseThrow().rows().get(0).width()).isEqualTo(15);
  }

  @Test
  void aVersionBasedOnAnotherTakesItsRowsWithItsOwnLabels() throws RuleDefinitionException {
    ReportFormat f = new FormatLoader().text("revised.yaml", REVISED);

    assertThat(f.expectedFor(2031).id()).isEqualTo("2030");
    assertThat(f.expectedFor(2029).id()).isEqualTo("2021");
    TableKind applications = f.table("applications").orElseThrow();
    var v2030 = f.version("2030").orElseThrow();
    var v2021 = f.version("2021").orElseThrow();
    assertThat(applications.rows(v2030)).hasSize(25).extracting(RowTemplate::label).contains("（一）全部公开").doesNotContain("（一）予以公开");
    assertThat(applications.rows(v2021)).extracting(RowTemplate::label).contains("（一）予以公开").doesNotContain("（一）全部公开");
    assertThat(f.table("activeDisclosure").orElseThrow().headers(v2030))
        .isEqualTo(f.table("activeDisclosure").orElseThrow().headers(v2021));
  }

  @Test
  void mistakesAreReportedWithFileLineAndColumn() {
    assertThatThrownBy(() -> new FormatLoader().text("f.yaml", REVISED.replace("basedOn: \"2021\"", "basedOn: \"2022\"")))
        .hasMessageContaining("f.yaml:6:").hasMessageContaining("2022");
    assertThatThrownBy(() -> new FormatLoader().text("f.yaml", REVISED.replace("results.granted", "results.given")))
        .hasMessageContaining("f.yaml:9:").hasMessageContaining("results.given");
    assertThatThrownBy(() -> new FormatLoader().text("f.yaml", REVISED.replace("id: \"2030\"", "id: \"2021\"")))
        .hasMessageContaining("f.yaml:4:").hasMessageContaining("2021");
    assertThatThrownBy(() -> new FormatLoader().text("f.yaml", REVISED.replace("extends: national", "extends: nowhere")))
        .hasMessageContaining("nowhere");
    assertThatThrownBy(() -> new FormatLoader().text("f.yaml", REVISED + "colour: blue\n"))
        .hasMessageContaining("f.yaml:10:").hasMessageContaining("colour");
    assertThatThrownBy(() -> new FormatLoader().text("f.yaml", REVISED.replace("    basedOn: \"2021\"\n", "")))
        .hasMessageContaining("basedOn");
  }

  @Test
  void aRuleSetNamesItsFormatAndItsRulesAreCheckedAgainstIt() throws RuleDefinitionException {
    RuleSet rules = new RuleSetLoader().text("r.yaml", """
        format: national
        rules:
          - id: two-thousand-thirty-only
            type: pattern
            literal: 全部公开
            when: {formats: ["2021"]}
            category: text
            severity: info
            message: x
            description: x
        """);
    assertThat(rules.format().name()).isEqualTo("national");
    assertThatThrownBy(() -> new RuleSetLoader().text("r.yaml", """
        rules:
          - id: x
            type: pattern
            literal: 全部公开
            when: {formats: ["2030"]}
            category: text
            severity: info
            message: x
            description: x
        """)).hasMessageContaining("r.yaml:5:").hasMessageContaining("2030");
  }

  @Test
  void ofTwoFormatsInAChainOfExtendsTheMoreSpecificOneIsUsedWhateverTheOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Files.writeString(dir.resolve("revised-format.yaml"), REVISED);
    java.nio.file.Files.writeString(dir.resolve("mine.yaml"), "ruleset: mine\nformat: revised-format.yaml\nrules: []\n");
    RuleSetLoader loader = new RuleSetLoader();

    RuleSet first = loader.fromConfig("c.yaml", tree("extends: [national, mine.yaml]"), dir, java.util.List.of());
    RuleSet last = loader.fromConfig("c.yaml", tree("extends: [mine.yaml, national]"), dir, java.util.List.of());

    assertThat(first.format().name()).isEqualTo("revised");
    assertThat(last.format().name()).isEqualTo("revised");
    java.nio.file.Files.writeString(dir.resolve("other-format.yaml"), REVISED.replace("format: revised\nextends: national\n", "format: other\nextends: national\n"));
    java.nio.file.Files.writeString(dir.resolve("theirs.yaml"), "ruleset: theirs\nformat: other-format.yaml\nrules: []\n");
    assertThatThrownBy(() -> loader.fromConfig("c.yaml", tree("extends: [mine.yaml, theirs.yaml]"), dir, java.util.List.of()))
        .hasMessageContaining("revised").hasMessageContaining("other");
  }

  private static YamlNode.Mapping tree(String yaml) throws RuleDefinitionException {
    return (YamlNode.Mapping) YamlTrees.parse("c.yaml", yaml);
  }
}
