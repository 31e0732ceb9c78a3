package io.gaokai.lint.core.output;

import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.Severity;
import java.nio.file.Path;

/**
 * What every formatter may need besides the findings.
 *
 * @param toolVersion the gaokai-lint version
 * @param lang the language of messages
 * @param failOn the threshold at which a finding fails the run, or null for never
 * @param rules the rule set that was run (for rule metadata)
 * @param baseDirectory the directory file locations are made relative to (SARIF {@code %SRCROOT%});
 *     absolute and normalised
 * @param ruleDocs where the rule documentation is, for links to each rule's section (SARIF
 *     {@code helpUri}); {@link RuleDocs#NONE} when unknown
 */
public record FormatContext(String toolVersion, Lang lang, Severity failOn, RuleSet rules, Path baseDirectory, RuleDocs ruleDocs) {

  public FormatContext {
    baseDirectory = (baseDirectory == null ? Path.of("") : baseDirectory).toAbsolutePath().normalize();
    ruleDocs = ruleDocs == null ? RuleDocs.NONE : ruleDocs;
  }

  /** A context that links no rule to documentation. */
  public FormatContext(String toolVersion, Lang lang, Severity failOn, RuleSet rules, Path baseDirectory) {
    this(toolVersion, lang, failOn, rules, baseDirectory, RuleDocs.NONE);
  }

  /** A context whose base directory is the current directory. */
  public FormatContext(String toolVersion, Lang lang, Severity failOn, RuleSet rules) {
    this(toolVersion, lang, failOn, rules, null, RuleDocs.NONE);
  }

  public boolean english() {
    return lang.english();
  }

  /** Whether a finding of this severity fails the run. */
  public boolean fails(Severity severity) {
    return failOn != null && severity.atLeast(failOn);
  }
}
