package io.gaokai.lint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes loading a rule set from text ({@link RuleSetLoader#text}). Property: the text loads or is
 * refused with a {@link RuleDefinitionException}, nothing else escapes, and the rules of a rule set
 * that loads run on a whole report without one of them failing, whatever their options. The seeds
 * are the national rule set and the inputs in {@code RuleSetLoaderFuzzTestInputs/loadsOrRefuses/};
 * {@code docs/fuzzing.md} says how to fuzz for longer.
 */
class RuleSetLoaderFuzzTest {

  private final RuleSetLoader loader = FuzzSupport.ruleSetLoader();

  static Stream<Arguments> fixtures() {
    return FuzzSupport.seeds("rules/src/main/resources/io/gaokai/lint/rules/national.yaml");
  }

  @MethodSource("fixtures")
  @FuzzTest
  void loadsOrRefuses(byte[] input) {
    RuleSet rules;
    try {
      rules = loader.text("rules.yaml", new String(input, StandardCharsets.UTF_8));
    } catch (RuleDefinitionException refused) {
      return;
    }
    FuzzSupport.assertRulesRun(rules);
  }
}
