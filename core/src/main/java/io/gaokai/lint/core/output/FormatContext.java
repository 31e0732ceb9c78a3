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
 */
public record FormatContext(String toolVersion, Lang lang, Severity failOn, RuleSet rules, Path baseDirectory) {

  public FormatContext {
    baseDirectory = (baseDirectory == null ? Path.of("") : baseDirectory).toAbsolutePath().normalize();
  }

  /** A context whose base directory is the current directory. */
  public FormatContext(String toolVersion, Lang lang, Severity failOn, RuleSet rules) {
    this(toolVersion, lang, failOn, rules, null);
  }

  public boolean english() {
    return lang.english();
  }

  /** Whether a finding of this severity fails the run. */
  public boolean fails(Severity severity) {
    return failOn != null && severity.atLeast(failOn);
  }
}
