package io.gaokai.lint.core.rules;

import io.gaokai.lint.core.rules.checks.PatternCheck;
import io.gaokai.lint.core.rules.checks.PresenceCheck;
import io.gaokai.lint.core.rules.checks.RelationCheck;
import io.gaokai.lint.core.rules.checks.RepetitionCheck;
import io.gaokai.lint.core.rules.checks.WordingCheck;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The registry of check kinds, by {@code type:} name. */
public final class CheckKinds {

  private final Map<String, CheckKind> kinds;

  public CheckKinds(List<CheckKind> kinds) {
    Map<String, CheckKind> map = new TreeMap<>();
    for (CheckKind k : kinds) {
      map.put(k.type(), k);
    }
    this.kinds = java.util.Collections.unmodifiableMap(map);
  }

  /** The check kinds that ship with gaokai-lint. */
  public static CheckKinds builtIn() {
    return new CheckKinds(
        List.of(new PresenceCheck.Kind(), new WordingCheck.Kind(), new PatternCheck.Kind(), new RelationCheck.Kind(), new RepetitionCheck.Kind()));
  }

  public CheckKind get(String type) {
    return kinds.get(type);
  }

  public List<String> types() {
    return List.copyOf(kinds.keySet());
  }

  public List<CheckKind> all() {
    return List.copyOf(kinds.values());
  }
}
