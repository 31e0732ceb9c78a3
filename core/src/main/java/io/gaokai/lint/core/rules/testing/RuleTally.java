package io.gaokai.lint.core.rules.testing;

/**
 * The totals of one rule over every fixture that tests it.
 *
 * @param ruleId the rule
 * @param fixtures how many fixtures test it
 * @param truePositives expectations met
 * @param falsePositives findings where none was expected
 * @param falseNegatives expectations missed
 * @param problems problems of fixtures that test it (malformed annotations, unknown rules, ...)
 */
public record RuleTally(
    String ruleId, int fixtures, int truePositives, int falsePositives, int falseNegatives, int problems) {

  public boolean passed() {
    return falsePositives == 0 && falseNegatives == 0 && problems == 0;
  }
}
