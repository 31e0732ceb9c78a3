package io.gaokai.lint.core.rules.testing;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.read.InputException;
import io.gaokai.lint.core.read.Readers;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.LocalizedText;
import io.gaokai.lint.core.rules.RuleSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs rule fixtures ({@link RuleFixture}) against a rule set and says, per rule under test, which
 * expected findings came (true positives), which did not (false negatives) and which findings came
 * unasked (false positives). An expectation is met by any finding of its rule on its line, however
 * many; a finding of a rule under test on a line without an expectation of that rule is a false
 * positive, on a line annotated {@code ok} for that rule as anywhere else. Independent of any test framework, so that the command line and JUnit share it.
 * Thread-safe.
 */
public final class RuleFixtureRunner {

  private final RuleSet rules;
  private final Linter linter;

  public RuleFixtureRunner(RuleSet rules) {
    this.rules = rules;
    this.linter = new Linter(rules);
  }

  /** Runs every fixture. */
  public RuleTestReport runAll(List<RuleFixture> fixtures) {
    return new RuleTestReport(fixtures.stream().map(this::run).toList());
  }

  /** Runs one fixture. */
  public FixtureResult run(RuleFixture fixture) {
    List<FixtureProblem> problems = new ArrayList<>(fixture.problems());
    List<String> known = new ArrayList<>();
    for (String id : fixture.rulesUnderTest()) {
      if (rules.rule(id).isPresent()) {
        known.add(id);
      } else {
        problems.add(new FixtureProblem(firstMention(fixture, id), id, new LocalizedText(
            "规则集中没有规则“" + id + "”", "the rule set has no rule “" + id + "”")));
      }
    }
    if (fixture.rulesUnderTest().isEmpty()) {
      problems.add(new FixtureProblem(0, null, new LocalizedText(
          "用例没有指明要测试的规则（放在以规则 ID 命名的目录中，或加 expect/ok 标注）",
          "the fixture names no rule to test (put it in a directory named after the rule, or annotate it)")));
    }
    FileResult result = linter.lint(fixture.name(), fixture.lintText().getBytes(StandardCharsets.UTF_8), lastYear(fixture));
    if (result.unreadable()) {
      result.findings().forEach(f -> problems.add(new FixtureProblem(0, null, f.message())));
      return new FixtureResult(fixture, List.of(), problems);
    }
    List<RuleOutcome> outcomes = new ArrayList<>();
    for (String id : known) {
      outcomes.add(outcome(fixture, id, result.findings()));
    }
    return new FixtureResult(fixture, outcomes, problems);
  }

  /** Last year's report beside the fixture, parsed, or null. */
  private Linter.LastYear lastYear(RuleFixture fixture) {
    if (fixture.previousText() == null) {
      return null;
    }
    try {
      byte[] bytes = fixture.previousText().getBytes(StandardCharsets.UTF_8);
      return new Linter.LastYear(linter.parse(new Readers().read(fixture.previousName(), bytes)), fixture.previousName());
    } catch (InputException | RuntimeException e) {
      return null;
    }
  }

  private static RuleOutcome outcome(RuleFixture fixture, String ruleId, List<Finding> all) {
    List<Finding> findings = all.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    List<Annotation> expected = fixture.expectations(ruleId);
    List<Annotation> met = new ArrayList<>();
    List<Annotation> missed = new ArrayList<>();
    for (Annotation a : expected) {
      boolean found = findings.stream().anyMatch(f -> f.span().line() == a.target());
      (found ? met : missed).add(a);
    }
    List<Finding> unexpected =
        findings.stream().filter(f -> expected.stream().noneMatch(a -> a.target() == f.span().line())).toList();
    return new RuleOutcome(ruleId, met, missed, unexpected);
  }

  /** The line of the first annotation naming the rule, or 0 when only the directory names it. */
  private static int firstMention(RuleFixture fixture, String ruleId) {
    return fixture.annotations().stream().filter(a -> a.ruleId().equals(ruleId)).mapToInt(Annotation::line).findFirst().orElse(0);
  }
}
