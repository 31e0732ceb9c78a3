package io.gaokai.lint.cli;

import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rules FILE}: a user's rule set, added to (and overriding) the built-in rules. */
public final class RuleSetOption {

  /** The rule set every command starts from. */
  static final String BUILT_IN = "national";

  @Option(names = "--rules", paramLabel = "FILE", description = "另加的规则文件（同 id 的规则覆盖内置规则）/ a rule file added to the built-in rules (same id replaces)")
  Path file;

  /** The built-in rules, then the rules of {@code --rules}. */
  RuleSet load() throws RuleDefinitionException {
    RuleSetLoader loader = new RuleSetLoader();
    RuleSet builtIn = loader.builtIn(BUILT_IN);
    if (file == null) {
      return builtIn;
    }
    RuleSet own = loader.file(file);
    List<Rule> rules = new ArrayList<>(builtIn.rules());
    rules.addAll(own.rules());
    return new RuleSet(BUILT_IN + "+" + file, rules, own.format());
  }

  boolean given() {
    return file != null;
  }
}
