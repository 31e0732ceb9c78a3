package io.gaokai.lint.core.config;

import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Mark;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded {@code .gaokai-lint.yaml}: the rules it extends and adds, severity changes (or
 * {@code off}), per-path overrides, and the run settings {@code lang} and {@code failOn}. Every
 * setting keeps the place it was written, for {@code gaokai-lint config}.
 *
 * @param file the configuration file, or null for the defaults
 * @param rules the rules of {@code extends} and {@code rules}, before severity changes
 * @param severities severity changes by rule id ({@code null} severity: off)
 * @param overrides per-path severity changes, in file order
 * @param lang the language, or null
 * @param langMark where lang is set
 * @param failOn the threshold (whose severity is null for {@code never}), or null when unset
 * @param failOnMark where failOn is set
 */
public record Config(
    Path file,
    RuleSet rules,
    Map<String, Setting<Severity>> severities,
    List<Override> overrides,
    Lang lang,
    Mark langMark,
    FailOn failOn,
    Mark failOnMark) {

  /** A value and where it was written. */
  public record Setting<T>(T value, Mark mark) {}

  /** The threshold: a severity, or never. */
  public record FailOn(Severity severity) {}

  /** Severity changes for the files matching glob patterns relative to the configuration file. */
  public record Override(List<String> files, Map<String, Setting<Severity>> severities, Mark mark) {

    boolean matches(Path base, Path file) {
      Path relative;
      try {
        relative = base.relativize(file.toAbsolutePath().normalize());
      } catch (IllegalArgumentException e) {
        return false;
      }
      String path = relative.toString().replace('\\', '/');
      String name = relative.getFileName() == null ? "" : relative.getFileName().toString();
      for (String glob : files) {
        Glob g = Glob.of(glob);
        if (g.matches(path) || g.matches(name)) {
          return true;
        }
      }
      return false;
    }
  }

  public Config {
    severities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    overrides = List.copyOf(overrides);
  }

  /** The directory patterns are relative to. */
  public Path baseDirectory() {
    return file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
  }

  /** The severity changes that apply to a file: the top-level ones, then each matching override. */
  public Map<String, Setting<Severity>> severitiesFor(Path input) {
    Map<String, Setting<Severity>> out = new LinkedHashMap<>(severities);
    for (Override o : overrides) {
      if (o.matches(baseDirectory(), input)) {
        out.putAll(o.severities());
      }
    }
    return out;
  }

  /** The rule set for a file: its rules with the severity changes that apply to it. */
  public RuleSet ruleSetFor(Path input) {
    return apply(severitiesFor(input));
  }

  RuleSet apply(Map<String, Setting<Severity>> changes) {
    if (changes.isEmpty()) {
      return rules;
    }
    List<Rule> out = new ArrayList<>();
    for (Rule r : rules.rules()) {
      Setting<Severity> change = changes.get(r.id());
      if (change == null) {
        out.add(r);
      } else if (change.value() != null) {
        out.add(r.withSeverity(change.value()));
      }
    }
    return rules.withRules(rules.name(), out);
  }
}
