package io.gaokai.lint.core.rules;

import java.util.List;

/**
 * A kind of check ({@code type:} in a rule file): general logic, configured by the options of each
 * rule that uses it. A new kind is one class implementing this, registered in {@link CheckKinds}.
 */
public interface CheckKind {

  /** The name used as {@code type:} in rule files. */
  String type();

  /** The message placeholders this kind fills, for documentation and validation. */
  List<String> placeholders();

  /** Creates the check for one rule, validating its options. */
  Check create(Options options) throws RuleDefinitionException;
}
