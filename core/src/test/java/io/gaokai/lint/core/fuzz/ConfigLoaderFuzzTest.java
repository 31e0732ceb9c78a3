package io.gaokai.lint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gaokai.lint.core.config.Config;
import io.gaokai.lint.core.config.ConfigLoader;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Fuzzes loading a configuration ({@link ConfigLoader#load(Path, String)}). Property: the text
 * loads or is refused with a {@link RuleDefinitionException}, nothing else escapes, and a
 * configuration that loads gives every report under it a rule set whose rules run on a whole
 * report without one of them failing. The seeds are the inputs in {@code
 * ConfigLoaderFuzzTestInputs/loadsOrRefuses/}; {@code docs/fuzzing.md} says how to fuzz for longer.
 */
class ConfigLoaderFuzzTest {

  private static final Path FILE = Path.of("reports", ".gaokai-lint.yaml");

  private final ConfigLoader loader = new ConfigLoader(FuzzSupport.ruleSetLoader());

  @FuzzTest
  void loadsOrRefuses(byte[] input) {
    Config config;
    try {
      config = loader.load(FILE, new String(input, StandardCharsets.UTF_8));
    } catch (RuleDefinitionException refused) {
      return;
    }
    for (String report : new String[] {"reports/a.txt", "reports/2023/b.docx", "elsewhere/c.pdf"}) {
      FuzzSupport.assertRulesRun(config.ruleSetFor(Path.of(report)));
    }
  }
}
