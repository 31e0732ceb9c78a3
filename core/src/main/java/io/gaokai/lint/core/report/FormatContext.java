package io.gaokai.lint.core.report;

import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.Severity;

/**
 * What every formatter may need besides the findings.
 *
 * @param toolVersion the gaokai-lint version
 * @param lang the language of messages
 * @param failOn the threshold at which a finding fails the run, or null for never
 * @param rules the rule set that was run (for rule metadata)
 */
public record FormatContext(String toolVersion, Lang lang, Severity failOn, RuleSet rules) {

  public boolean english() {
    return lang.english();
  }

  /** Whether a finding of this severity fails the run. */
  public boolean fails(Severity severity) {
    return failOn != null && severity.atLeast(failOn);
  }
}
