package io.gaokai.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The national rules loaded in the background are the same rules, in the same order. */
class PreloadingTest {

  @Test
  void aPreloadingLoaderGivesTheSameBuiltInRules() throws RuleDefinitionException {
    List<String> plain = new RuleSetLoader().builtIn("national").rules().stream().map(Rule::id).toList();
    RuleSetLoader preloading = RuleSetLoader.preloading("national");
    assertThat(preloading.builtIn("national").rules()).extracting(Rule::id).containsExactlyElementsOf(plain);
    assertThat(preloading.builtInDeferred("national").rules()).extracting(Rule::id).containsExactlyElementsOf(plain);
  }
}
