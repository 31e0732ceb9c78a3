package io.gaokai.lint.core.rules.testing;

/**
 * One rule named in a fixture annotation: {@code <!-- expect: RULE-ID -->} (a finding of the rule
 * must be on the target line) or {@code <!-- ok: RULE-ID -->} (the rule must stay quiet there). An
 * annotation naming several rules yields one of these per rule.
 *
 * @param kind expect or ok
 * @param ruleId the rule named
 * @param line the 1-based line of the annotation itself
 * @param target the 1-based line it applies to: the next line that is neither blank nor a comment
 */
public record Annotation(Kind kind, String ruleId, int line, int target) {

  /** What an annotation asks for. */
  public enum Kind {
    /** A finding of the rule on the target line. */
    EXPECT("expect"),
    /** No finding of the rule on the target line. */
    OK("ok");

    private final String keyword;

    Kind(String keyword) {
      this.keyword = keyword;
    }

    /** The word written in the annotation. */
    public String keyword() {
      return keyword;
    }
  }

  public boolean isExpectation() {
    return kind == Kind.EXPECT;
  }
}
