package io.gaokai.lint.core;

import io.gaokai.lint.core.rules.Severity;

/** Totals over a run; severities count active findings only. */
public record RunSummary(int files, int unreadable, long errors, long warnings, long infos, long suppressed) {

  public static final RunSummary EMPTY = new RunSummary(0, 0, 0, 0, 0, 0);

  public RunSummary add(FileResult r) {
    return new RunSummary(
        files + 1,
        unreadable + (r.unreadable() ? 1 : 0),
        errors + r.count(Severity.ERROR),
        warnings + r.count(Severity.WARNING),
        infos + r.count(Severity.INFO),
        suppressed + r.suppressedCount());
  }

  /** Findings at or above the threshold; 0 when the threshold is null (never fail). */
  public long atOrAbove(Severity threshold) {
    if (threshold == null) {
      return 0;
    }
    return switch (threshold) {
      case ERROR -> errors;
      case WARNING -> errors + warnings;
      case INFO -> errors + warnings + infos;
    };
  }
}
