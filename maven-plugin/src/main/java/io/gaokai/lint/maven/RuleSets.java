package io.gaokai.lint.maven;

import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a build without a configuration file runs: the named rule sets in order — a built-in
 * set by name ({@code national}) or a YAML file by path, relative to the project. A rule defined
 * again later replaces the earlier one with its id.
 */
final class RuleSets {

  private final RuleSetLoader loader;
  private final Path projectDirectory;

  RuleSets(RuleSetLoader loader, Path projectDirectory) {
    this.loader = loader;
    this.projectDirectory = projectDirectory;
  }

  RuleSet load(List<String> names) throws RuleDefinitionException {
    List<Rule> rules = new ArrayList<>();
    List<String> loaded = new ArrayList<>();
    io.gaokai.lint.core.model.ReportFormat format = null;
    for (String raw : names) {
      String name = raw.strip();
      if (name.isEmpty()) {
        continue;
      }
      RuleSet set = loader.hasBuiltIn(name) ? loader.builtIn(name) : loader.file(projectDirectory.resolve(name));
      rules.addAll(set.rules());
      format = set.format();
      loaded.add(name);
    }
    if (format == null) {
      format = new io.gaokai.lint.core.rules.FormatLoader().builtIn(io.gaokai.lint.core.rules.FormatLoader.DEFAULT);
    }
    return new RuleSet(String.join("+", loaded), rules, format);
  }
}
