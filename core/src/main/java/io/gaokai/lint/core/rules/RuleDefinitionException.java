package io.gaokai.lint.core.rules;

/**
 * A rule or configuration file that cannot be used: YAML syntax, unknown keys or check kinds, bad
 * expressions or patterns. Always names the file, line and column; maps to exit code 2.
 */
public final class RuleDefinitionException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Mark mark;
  private final String detail;

  public RuleDefinitionException(Mark mark, String detail) {
    super(mark + ": " + detail);
    this.mark = mark;
    this.detail = detail;
  }

  public Mark mark() {
    return mark;
  }

  /** The explanation without the place. */
  public String detail() {
    return detail;
  }
}
