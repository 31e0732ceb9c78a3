package io.gaokai.lint.core.rules.testing;

import io.gaokai.lint.core.rules.Finding;
import java.util.List;

/**
 * How one rule fared on one fixture.
 *
 * @param ruleId the rule
 * @param met expectations with at least one finding of the rule on their line (true positives)
 * @param missed expectations with no finding of the rule on their line (false negatives)
 * @param unexpected findings of the rule on lines with no expectation of it, lines annotated {@code
 *     ok} for it among them (false positives)
 */
public record RuleOutcome(String ruleId, List<Annotation> met, List<Annotation> missed, List<Finding> unexpected) {

  public RuleOutcome {
    met = List.copyOf(met);
    missed = List.copyOf(missed);
    unexpected = List.copyOf(unexpected);
  }

  public int truePositives() {
    return met.size();
  }

  public int falsePositives() {
    return unexpected.size();
  }

  public int falseNegatives() {
    return missed.size();
  }

  public boolean passed() {
    return missed.isEmpty() && unexpected.isEmpty();
  }
}
