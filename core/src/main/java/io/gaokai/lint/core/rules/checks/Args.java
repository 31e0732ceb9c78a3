package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.rules.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the placeholder values of one finding. */
final class Args {

  private final Map<String, LocalizedText> map = new LinkedHashMap<>();

  static Args create() {
    return new Args();
  }

  Args put(String name, Object sameInBothLanguages) {
    map.put(name, LocalizedText.both(sameInBothLanguages));
    return this;
  }

  Args put(String name, String zh, String en) {
    map.put(name, new LocalizedText(zh, en));
    return this;
  }

  Args put(String name, LocalizedText text) {
    map.put(name, text);
    return this;
  }

  Map<String, LocalizedText> build() {
    return Map.copyOf(map);
  }
}
