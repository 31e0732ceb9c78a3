package io.gaokai.lint.cli;

import io.gaokai.lint.core.config.ConfigLoader;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleFileAccess;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The rules a {@code rules} command works on: those of the project's configuration, as linting
 * uses them ({@code --config FILE}, else the nearest {@code .gaokai-lint.yaml} above the working
 * directory, else the built-in rules); or, with {@code --rules FILE}, the built-in rules and that
 * file's (the same id replaces).
 */
public final class RuleSetOption {

  /** The rule set every command starts from. */
  static final String BUILT_IN = "national";

  @Option(names = "--rules", paramLabel = "FILE", description = "另加的规则文件（同 id 的规则覆盖内置规则）/ a rule file added to the built-in rules (same id replaces)")
  Path file;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "配置文件（默认：从当前目录向上查找 .gaokai-lint.yaml）/ configuration file (default: the nearest .gaokai-lint.yaml above the working directory)")
  Path config;

  /**
   * A loader whose configurations read rule files as linting's do from the working directory (its
   * project directory): the commands that show configurations and rules accept what linting accepts.
   */
  static RuleSetLoader projectLoader() {
    return new RuleSetLoader().withAccess(RuleFileAccess.of(Path.of(""), List.of()));
  }

  /** The rules of {@code --rules} over the built-in ones, else those of the project's configuration. */
  RuleSet load() throws RuleDefinitionException {
    RuleSetLoader loader = projectLoader();
    RuleSet builtIn = loader.builtIn(BUILT_IN);
    if (file == null) {
      Path found = config != null ? config : ConfigLoader.find(Path.of("").toAbsolutePath());
      return found == null ? builtIn : new ConfigLoader(loader).load(found).rules();
    }
    RuleSet own = loader.file(file);
    List<Rule> rules = new ArrayList<>(builtIn.rules());
    rules.addAll(own.rules());
    return new RuleSet(BUILT_IN + "+" + file, rules, own.format());
  }
}
