package io.gaokai.lint.core.rules.testing;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one fixture: per rule under test, and the problems that kept it from running as
 * written.
 *
 * @param fixture the fixture
 * @param outcomes one per rule under test that exists, in the order of {@link RuleFixture#rulesUnderTest}
 * @param problems problems of the fixture (each fails it)
 */
public record FixtureResult(RuleFixture fixture, List<RuleOutcome> outcomes, List<FixtureProblem> problems) {

  public FixtureResult {
    outcomes = List.copyOf(outcomes);
    problems = List.copyOf(problems);
  }

  public boolean passed() {
    return problems.isEmpty() && outcomes.stream().allMatch(RuleOutcome::passed);
  }

  public Optional<RuleOutcome> outcome(String ruleId) {
    return outcomes.stream().filter(o -> o.ruleId().equals(ruleId)).findFirst();
  }
}
