package io.gaokai.lint.core.rules;

import java.util.List;
import java.util.Set;

/**
 * A kind of check ({@code type:} in a rule file): general logic, configured by the options of each
 * rule that uses it. A new kind is one class implementing this, registered in {@link CheckKinds};
 * its options are declared in {@link #options}, from which the rule files' JSON Schema is made.
 */
public interface CheckKind {

  /** The name used as {@code type:} in rule files. */
  String type();

  /** What the kind checks, for documentation and the schema. */
  String description();

  /** The options a rule of this kind takes. */
  List<OptionSpec> options();

  /** Groups of options of which a rule must give exactly one (e.g. {@code pattern} or {@code literal}). */
  default List<List<String>> exactlyOneOf() {
    return List.of();
  }

  /** Creates the check for one rule, validating its options. */
  Configured configure(Options options) throws RuleDefinitionException;

  /**
   * A configured check and the message placeholders it fills, so that a message naming another
   * placeholder is refused when the rule loads.
   */
  record Configured(Check check, Set<String> placeholders) {
    public Configured {
      placeholders = Set.copyOf(placeholders);
    }
  }
}
