package io.gaokai.lint.maven;

import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a build runs: the named rule sets in order — a built-in set by name ({@code national})
 * or a YAML file by path, relative to the project — then the rules of the configuration file. A
 * rule defined again later replaces the earlier one with its id.
 */
final class RuleSets {

  private final RuleSetLoader loader;
  private final Path projectDirectory;

  RuleSets(RuleSetLoader loader, Path projectDirectory) {
    this.loader = loader;
    this.projectDirectory = projectDirectory;
  }

  RuleSet load(List<String> names, Path configFile) throws RuleDefinitionException {
    List<Rule> rules = new ArrayList<>();
    List<String> loaded = new ArrayList<>();
    for (String raw : names) {
      String name = raw.strip();
      if (name.isEmpty()) {
        continue;
      }
      RuleSet set = loader.hasBuiltIn(name) ? loader.builtIn(name) : loader.file(projectDirectory.resolve(name));
      rules.addAll(set.rules());
      loaded.add(name);
    }
    if (configFile != null) {
      RuleSet config = loader.file(projectDirectory.resolve(configFile.toString()));
      rules.addAll(config.rules());
      loaded.add(configFile.toString());
    }
    return new RuleSet(String.join("+", loaded), rules);
  }
}
