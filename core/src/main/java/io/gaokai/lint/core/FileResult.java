package io.gaokai.lint.core;

import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Severity;
import java.util.List;

/**
 * The outcome of linting one input.
 *
 * @param file the file as named by the user
 * @param kind the input kind read ({@code txt}, {@code html}, ...), or {@code unknown}
 * @param report the report model, or null when the input could not be read
 * @param findings the findings, in {@link Finding#ORDER}
 */
public record FileResult(String file, String kind, Report report, List<Finding> findings) {

  public FileResult {
    findings = findings.stream().sorted(Finding.ORDER).toList();
  }

  /** Whether the input could not be read at all (exit code 3). */
  public boolean unreadable() {
    return report == null;
  }

  /** Active (not suppressed) findings of the given severity. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.isActive() && f.severity() == severity).count();
  }

  /** The findings that count: not suppressed in the report nor by a baseline. */
  public List<Finding> activeFindings() {
    return findings.stream().filter(Finding::isActive).toList();
  }

  public long suppressedCount() {
    return findings.stream().filter(f -> !f.isActive()).count();
  }

  public FileResult withFindings(List<Finding> replaced) {
    return new FileResult(file, kind, report, replaced);
  }
}
