package io.gaokai.lint.cli;

/** The exit codes other tools rely on (README, "Exit codes"); the run's are {@code LintOutcome.Status#code()}. */
public final class ExitCode {

  /** Nothing at or above the threshold. */
  public static final int OK = 0;
  /** Findings at or above the threshold. */
  public static final int FINDINGS = 1;
  /** Usage, configuration or rule-file error. */
  public static final int USAGE = 2;
  /** An input could not be read at all (missing, empty, binary, damaged; or nothing to read). */
  public static final int UNREADABLE = 3;

  private ExitCode() {}
}
