package io.gaokai.lint.core.rules;

/**
 * Why a finding does not count: a comment in the report ({@code <!-- gaokai-lint-disable RULE:
 * reason -->}) or a baseline entry. Suppressed findings stay in JSON and SARIF, marked.
 *
 * @param kind where the suppression comes from
 * @param justification the reason given, or empty
 */
public record Suppression(Kind kind, String justification) {

  /** Where a suppression comes from. */
  public enum Kind {
    /** A comment in the report itself. */
    IN_SOURCE("inSource"),
    /** An entry of the baseline file. */
    BASELINE("external");

    private final String sarif;

    Kind(String sarif) {
      this.sarif = sarif;
    }

    /** The SARIF {@code suppression.kind}. */
    public String sarifKind() {
      return sarif;
    }
  }
}
