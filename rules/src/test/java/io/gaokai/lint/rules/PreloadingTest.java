package io.gaokai.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.YamlTreeCodec;
import io.gaokai.lint.core.rules.YamlTrees;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The national rules loaded in the background, or from the tree the build made, are the same rules
 * in the same order as those parsed from the YAML.
 */
class PreloadingTest {

  private static final String NATIONAL = RuleSetLoader.BUILTIN_PREFIX + "national.yaml";

  @Test
  void theBuildMadeAnUpToDateTreeOfTheNationalRules() throws Exception {
    ClassLoader cl = PreloadingTest.class.getClassLoader();
    String text;
    byte[] tree;
    try (InputStream yaml = cl.getResourceAsStream(NATIONAL); InputStream bin = cl.getResourceAsStream(NATIONAL + YamlTreeCodec.SUFFIX)) {
      assertThat(bin).as("national.yaml.tree, made by the build's process-classes step").isNotNull();
      text = new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
      tree = bin.readAllBytes();
    }
    assertThat(YamlTreeCodec.decode(tree, "builtin:national", text)).contains(YamlTrees.parse("builtin:national", text));
  }

  @Test
  void rulesFromTheTreeAreThoseFromTheYaml() throws Exception {
    String text;
    try (InputStream yaml = PreloadingTest.class.getClassLoader().getResourceAsStream(NATIONAL)) {
      text = new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Rule> fromYaml = new RuleSetLoader().text("builtin:national", text).rules();
    List<Rule> fromTree = new RuleSetLoader().builtIn("national").rules();
    assertThat(fromTree.stream().map(PreloadingTest::withoutCheck).toList())
        .containsExactlyElementsOf(fromYaml.stream().map(PreloadingTest::withoutCheck).toList());
  }

  /** Everything a rule holds but its configured check, which has no equality of its own. */
  private static List<Object> withoutCheck(Rule r) {
    return List.of(r.id(), r.type(), r.category(), r.severity(), r.name(), r.message(), r.description(), r.help(), r.when(), r.origin(), r.options());
  }

  @Test
  void aPreloadingLoaderGivesTheSameBuiltInRules() throws RuleDefinitionException {
    List<String> plain = new RuleSetLoader().builtIn("national").rules().stream().map(Rule::id).toList();
    RuleSetLoader preloading = RuleSetLoader.preloading("national");
    assertThat(preloading.builtIn("national").rules()).extracting(Rule::id).containsExactlyElementsOf(plain);
    assertThat(preloading.builtInDeferred("national").rules()).extracting(Rule::id).containsExactlyElementsOf(plain);
  }
}
