package io.gaokai.lint.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An ordered set of rules with unique ids. Later definitions of an id replace earlier ones. A set
 * may be deferred: its rules are then produced on first use (once, thread-safely), which lets a
 * one-file run read and parse its report while the rules are still loading.
 */
public final class RuleSet {

  private final String name;
  private Supplier<RuleSet> source;
  private volatile Map<String, Rule> rules;
  private volatile io.gaokai.lint.core.model.ReportFormat format;

  /** A set of rules written against {@code format}. */
  public RuleSet(String name, List<Rule> rules, io.gaokai.lint.core.model.ReportFormat format) {
    this.name = name;
    this.rules = index(rules);
    this.format = java.util.Objects.requireNonNull(format, "format");
  }

  private RuleSet(String name, Supplier<RuleSet> source) {
    this.name = name;
    this.source = source;
  }

  /** A set whose rules and format come from {@code source} on first use. */
  public static RuleSet deferred(String name, Supplier<RuleSet> source) {
    return new RuleSet(name, source);
  }

  /** The same rules, replaced by {@code rules}, against the same format. */
  public RuleSet withRules(String newName, List<Rule> newRules) {
    return new RuleSet(newName, newRules, format());
  }

  /** The format the rules are written against, which reports are read against. */
  public io.gaokai.lint.core.model.ReportFormat format() {
    map();
    return format;
  }

  private static Map<String, Rule> index(List<Rule> rules) {
    Map<String, Rule> map = new LinkedHashMap<>();
    for (Rule r : rules) {
      map.put(r.id(), r);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private Map<String, Rule> map() {
    Map<String, Rule> m = rules;
    if (m == null) {
      synchronized (this) {
        m = rules;
        if (m == null) {
          RuleSet loaded = source.get();
          m = index(loaded.rules());
          format = loaded.format();
          rules = m;
          source = null;
        }
      }
    }
    return m;
  }

  public String name() {
    return name;
  }

  public List<Rule> rules() {
    return new ArrayList<>(map().values());
  }

  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(map().get(id));
  }

  public int size() {
    return map().size();
  }
}
