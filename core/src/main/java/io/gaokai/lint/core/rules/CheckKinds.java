package io.gaokai.lint.core.rules;

import io.gaokai.lint.core.rules.checks.FeeCheck;
import io.gaokai.lint.core.rules.checks.FormatVersionCheck;
import io.gaokai.lint.core.rules.checks.IdentityCheck;
import io.gaokai.lint.core.rules.checks.PartsCheck;
import io.gaokai.lint.core.rules.checks.PatternCheck;
import io.gaokai.lint.core.rules.checks.PeriodCheck;
import io.gaokai.lint.core.rules.checks.TableCheck;
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
        List.of(
            new PartsCheck.Kind(),
            new TableCheck.Kind(),
            new IdentityCheck.Kind(),
            new FeeCheck.Kind(),
            new PeriodCheck.Kind(),
            new FormatVersionCheck.Kind(),
            new PatternCheck.Kind()));
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
