package io.gaokai.lint.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An ordered set of rules with unique ids. Later definitions of an id replace earlier ones. */
public final class RuleSet {

  private final String name;
  private final Map<String, Rule> rules;

  public RuleSet(String name, List<Rule> rules) {
    this.name = name;
    Map<String, Rule> map = new LinkedHashMap<>();
    for (Rule r : rules) {
      map.put(r.id(), r);
    }
    this.rules = java.util.Collections.unmodifiableMap(map);
  }

  public String name() {
    return name;
  }

  public List<Rule> rules() {
    return new ArrayList<>(rules.values());
  }

  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  public int size() {
    return rules.size();
  }
}
