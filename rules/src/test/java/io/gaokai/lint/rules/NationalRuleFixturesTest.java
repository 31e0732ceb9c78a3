package io.gaokai.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.testing.Annotation;
import io.gaokai.lint.core.rules.testing.FixtureResult;
import io.gaokai.lint.core.rules.testing.RuleFixture;
import io.gaokai.lint.core.rules.testing.RuleFixtureRunner;
import io.gaokai.lint.core.rules.testing.RuleFixtures;
import io.gaokai.lint.core.rules.testing.RuleTestReport;
import io.gaokai.lint.core.rules.testing.RuleTally;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixtures shipped with the national rule set: every one passes, and every rule has at least
 * one fixture that makes it fire and one that keeps it quiet.
 */
class NationalRuleFixturesTest {

  private static final String RULE_SET = "national";

  private final RuleSet rules = load();
  private final List<RuleFixture> fixtures = fixtures();
  private final RuleFixtureRunner runner = new RuleFixtureRunner(rules);

  private static RuleSet load() {
    try {
      return new RuleSetLoader().builtIn(RULE_SET);
    } catch (RuleDefinitionException e) {
      throw new AssertionError(e);
    }
  }

  private static List<RuleFixture> fixtures() {
    try {
      return RuleFixtures.builtIn(RULE_SET, NationalRuleFixturesTest.class.getClassLoader());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFixturePasses() {
    assertThat(fixtures).as("built-in fixtures of %s", RULE_SET).isNotEmpty();
    return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
      FixtureResult result = runner.run(f);
      if (!result.passed()) {
        fail("\n" + String.join("\n", new RuleTestReport(List.of(result)).failures(Lang.EN)));
      }
    }));
  }

  @Test
  void everyRuleHasAFiringAndAQuietFixture() {
    List<String> gaps = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      List<RuleFixture> own = fixtures.stream().filter(f -> rule.id().equals(f.ruleId())).toList();
      if (own.stream().noneMatch(f -> f.fires(rule.id()))) {
        gaps.add(rule.id() + ": no fixture expects a finding");
      }
      if (own.stream().noneMatch(f -> !f.fires(rule.id()))) {
        gaps.add(rule.id() + ": no quiet fixture");
      }
    }
    assertThat(gaps).as("rules of %s without fixtures", RULE_SET).isEmpty();
  }

  @Test
  void fixtureNamesSayWhatTheyShowAndDirectoriesNameRules() {
    List<String> wrong = new ArrayList<>();
    for (RuleFixture f : fixtures) {
      String file = f.name().substring(f.name().lastIndexOf('/') + 1);
      if (rules.rule(f.ruleId()).isEmpty()) {
        wrong.add(f.name() + ": directory names no rule of " + RULE_SET);
      } else if (file.startsWith("fires-") != f.fires(f.ruleId()) || !(file.startsWith("fires-") || file.startsWith("quiet-"))) {
        wrong.add(f.name() + ": fires-* must expect a finding of its rule, quiet-* must not");
      } else if (file.startsWith("quiet-")
          && f.annotations().stream().noneMatch(a -> a.kind() == Annotation.Kind.OK && a.ruleId().equals(f.ruleId()))) {
        wrong.add(f.name() + ": a quiet fixture marks where its rule stays quiet with <!-- ok: " + f.ruleId() + " -->");
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void removingAnExpectationMakesTheFixtureFail(@TempDir Path copy) throws IOException {
    for (RuleFixture f : fixtures) {
      Path file = copy.resolve(f.name().substring(RULE_SET.length() + 1));
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.text());
      if (f.previousName() != null) {
        Files.writeString(copy.resolve(f.previousName().substring(RULE_SET.length() + 1)), f.previousText());
      }
    }
    assertThat(runner.runAll(RuleFixtures.fromDirectory(copy)).passed()).as("the unchanged copy").isTrue();

    Path edited = copy.resolve("three-balance/fires-carry-forward-overstated.md");
    String text = Files.readString(edited);
    assertThat(text).contains("<!-- expect: three-balance -->\n");
    Files.writeString(edited, text.replace("<!-- expect: three-balance -->\n", ""));

    RuleTestReport report = runner.runAll(RuleFixtures.fromDirectory(copy));

    assertThat(report.passed()).isFalse();
    assertThat(report.failedRuleIds()).containsExactly("three-balance");
    RuleTally tally = report.tally("three-balance");
    assertThat(tally.truePositives()).isZero();
    assertThat(tally.falsePositives()).isPositive();
    assertThat(tally.falseNegatives()).isZero();
    assertThat(report.failures(Lang.EN))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("three-balance/fires-carry-forward-overstated.md:").contains("unexpected finding"));
  }
}
