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
  private Supplier<List<Rule>> source;
  private volatile Map<String, Rule> rules;

  public RuleSet(String name, List<Rule> rules) {
    this.name = name;
    this.rules = index(rules);
  }

  private RuleSet(String name, Supplier<List<Rule>> source) {
    this.name = name;
    this.source = source;
  }

  /** A set whose rules come from {@code source} on first use. */
  public static RuleSet deferred(String name, Supplier<List<Rule>> source) {
    return new RuleSet(name, source);
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
          m = index(source.get());
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
