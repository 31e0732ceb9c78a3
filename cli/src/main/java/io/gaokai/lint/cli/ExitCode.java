package io.gaokai.lint.cli;

/** The exit codes other tools rely on (DESIGN.md, "Contracts"). */
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

  /** Usage beats unreadable input beats findings. */
  public static int combine(int a, int b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(int code) {
    return switch (code) {
      case USAGE -> 3;
      case UNREADABLE -> 2;
      case FINDINGS -> 1;
      default -> 0;
    };
  }
}
