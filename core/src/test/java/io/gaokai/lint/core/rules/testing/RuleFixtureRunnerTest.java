package io.gaokai.lint.core.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFixtureRunnerTest {

  private static final String RULES = """
      ruleset: test
      rules:
        - id: order-492
          type: pattern
          pattern: "国务院令第\\\\s*492\\\\s*号"
          category: text
          severity: error
          message: "cites {match}"
          description: the old regulation
        - id: placeholder
          type: pattern
          literal: "XX"
          category: text
          severity: warning
          message: "placeholder {match}"
          description: template residue
      """;

  private static final String TITLE = "北关区工信局2023年政府信息公开工作年度报告\n\n";

  private final RuleFixtureRunner runner = new RuleFixtureRunner(rules());

  private static RuleSet rules() {
    try {
      return new RuleSetLoader().text("test.yaml", RULES);
    } catch (RuleDefinitionException e) {
      throw new AssertionError(e);
    }
  }

  private FixtureResult run(String ruleId, String body) {
    return runner.run(RuleFixture.parse("test/" + ruleId + "/fixture.md", ruleId, TITLE + body));
  }

  @Test
  void anExpectedFindingIsATruePositive() {
    FixtureResult r = run("order-492", "<!-- expect: order-492 -->\n依据国务院令第492号。\n");

    assertThat(r.passed()).isTrue();
    RuleOutcome o = r.outcome("order-492").orElseThrow();
    assertThat(o.truePositives()).isEqualTo(1);
    assertThat(o.falsePositives()).isZero();
    assertThat(o.falseNegatives()).isZero();
  }

  @Test
  void anExpectationWithoutAFindingIsAFalseNegative() {
    FixtureResult r = run("order-492", "<!-- expect: order-492 -->\n依据国务院令第711号。\n");

    RuleOutcome o = r.outcome("order-492").orElseThrow();
    assertThat(r.passed()).isFalse();
    assertThat(o.falseNegatives()).isEqualTo(1);
    assertThat(o.missed()).singleElement().extracting(Annotation::target).isEqualTo(4);
  }

  @Test
  void aFindingWithoutAnExpectationIsAFalsePositive() {
    FixtureResult r = run("order-492", "依据国务院令第711号。\n\n另见国务院令第492号。\n");

    RuleOutcome o = r.outcome("order-492").orElseThrow();
    assertThat(o.falsePositives()).isEqualTo(1);
    assertThat(o.unexpected()).singleElement().satisfies(f -> assertThat(f.span().line()).isEqualTo(5));
  }

  @Test
  void anExpectationOnAnotherLineDoesNotCover() {
    FixtureResult r = run("order-492", "<!-- expect: order-492 -->\n依据国务院令第711号。\n国务院令第492号。\n");

    RuleOutcome o = r.outcome("order-492").orElseThrow();
    assertThat(o.falseNegatives()).isEqualTo(1);
    assertThat(o.falsePositives()).isEqualTo(1);
  }

  @Test
  void manyFindingsOnAnExpectedLineMeetOneExpectation() {
    FixtureResult r = run("order-492", "<!-- expect: order-492 -->\n国务院令第492号、国务院令第 492 号。\n");

    RuleOutcome o = r.outcome("order-492").orElseThrow();
    assertThat(o.truePositives()).isEqualTo(1);
    assertThat(o.falsePositives()).isZero();
    assertThat(r.passed()).isTrue();
  }

  @Test
  void findingsOfRulesNotUnderTestAreIgnored() {
    FixtureResult r = run("order-492", "XX局依据国务院令第711号。\n");

    assertThat(r.fixture().rulesUnderTest()).containsExactly("order-492");
    assertThat(r.outcomes()).extracting(RuleOutcome::ruleId).containsExactly("order-492");
    assertThat(r.passed()).isTrue();
  }

  @Test
  void anAnnotationPutsItsRuleUnderTest() {
    FixtureResult r = run("order-492", "XX局依据国务院令第711号。\n");
    FixtureResult annotated = run("order-492", "<!-- ok: placeholder -->\nXX局依据国务院令第711号。\n");

    assertThat(r.passed()).isTrue();
    assertThat(annotated.passed()).isFalse();
    assertThat(annotated.outcome("placeholder").orElseThrow().falsePositives()).isEqualTo(1);
  }

  @Test
  void aCommaListExpectsEachRule() {
    FixtureResult r = run("order-492", "<!-- expect: order-492, placeholder -->\nXX局依据国务院令第492号。\n");

    assertThat(r.outcomes()).extracting(RuleOutcome::truePositives).containsExactly(1, 1);
    assertThat(r.passed()).isTrue();
  }

  @Test
  void aRuleTheRuleSetLacksIsAProblem() {
    FixtureResult r = run("order-493", "<!-- expect: order-492 -->\n国务院令第492号。\n");

    assertThat(r.passed()).isFalse();
    assertThat(r.problems()).singleElement().extracting(FixtureProblem::ruleId).isEqualTo("order-493");
    assertThat(r.outcome("order-492").orElseThrow().passed()).isTrue();
  }

  @Test
  void theReportTalliesPerRuleAndSpellsOutEveryMiss() {
    RuleTestReport report = runner.runAll(List.of(
        RuleFixture.parse("t/order-492/fires.md", "order-492", TITLE + "<!-- expect: order-492 -->\n国务院令第492号。\n"),
        RuleFixture.parse("t/order-492/quiet.md", "order-492", TITLE + "<!-- ok: order-492 -->\n国务院令第492号。\n"),
        RuleFixture.parse("t/placeholder/fires.md", "placeholder", TITLE + "<!-- expect: placeholder -->\nXX局\n")));

    assertThat(report.passed()).isFalse();
    assertThat(report.tallies()).containsExactly(
        new RuleTally("order-492", 2, 1, 1, 0, 0),
        new RuleTally("placeholder", 1, 1, 0, 0, 0));
    assertThat(report.passedRules()).isEqualTo(1);
    assertThat(report.failedRules()).isEqualTo(1);
    assertThat(report.failedRuleIds()).containsExactly("order-492");
    assertThat(report.failures(Lang.EN)).singleElement().asString()
        .startsWith("t/order-492/quiet.md:4:1: [order-492] unexpected finding on a line annotated ok (annotation at line 3): cites 国务院令第492号");
    assertThat(report.failures(Lang.ZH)).singleElement().asString().contains("误报（此行标注为 ok，标注在第3行）");
  }

  @Test
  void aMissIsReportedWithTheAnnotationLine() {
    RuleTestReport report = runner.runAll(List.of(
        RuleFixture.parse("t/order-492/fires.md", "order-492", TITLE + "<!-- expect: order-492 -->\n\n国务院令第711号。\n")));

    assertThat(report.failures(Lang.EN)).containsExactly(
        "t/order-492/fires.md:5: [order-492] missed: a finding was expected on this line (annotation at line 3), none was reported");
  }

  // ---- ok annotations: the rule must stay quiet on the target line --------------------------

  @Test
  void aFindingOnAnOkLineFailsTheFixture() {
    FixtureResult r = run("order-492", "<!-- ok: order-492 -->\n依据国务院令第492号。\n");

    assertThat(r.passed()).isFalse();
    RuleOutcome o = r.outcome("order-492").orElseThrow();
    assertThat(o.falsePositives()).isEqualTo(1);
    assertThat(o.unexpected()).singleElement().satisfies(f -> assertThat(f.span().line()).isEqualTo(4));
    RuleTestReport report = new RuleTestReport(List.of(r));
    assertThat(report.failedRuleIds()).containsExactly("order-492");
    assertThat(report.failures(Lang.EN)).containsExactly(
        "test/order-492/fixture.md:4:3: [order-492] unexpected finding on a line annotated ok (annotation at line 3): cites 国务院令第492号");
    assertThat(report.failures(Lang.ZH)).containsExactly(
        "test/order-492/fixture.md:4:3: [order-492] 误报（此行标注为 ok，标注在第3行）：cites 国务院令第492号");
  }

  @Test
  void anOkLineTheRuleStaysQuietOnPasses() {
    FixtureResult r = run("order-492", "<!-- ok: order-492 -->\n依据国务院令第711号。\n");

    assertThat(r.passed()).isTrue();
    RuleOutcome o = r.outcome("order-492").orElseThrow();
    assertThat(o.truePositives()).isZero();
    assertThat(o.falsePositives()).isZero();
    assertThat(o.falseNegatives()).isZero();
    assertThat(new RuleTestReport(List.of(r)).failures(Lang.EN)).isEmpty();
  }

  @Test
  void anOkAnnotationTargetsTheLineAnExpectationWould() {
    String body = "<!-- %s: order-492 -->\n\n<!-- the preface cites the old regulation -->\n   \n依据国务院令第492号。\n";

    FixtureResult expected = run("order-492", body.formatted("expect"));
    FixtureResult declaredQuiet = run("order-492", body.formatted("ok"));

    assertThat(expected.passed()).isTrue();
    assertThat(expected.outcome("order-492").orElseThrow().met()).singleElement().extracting(Annotation::target).isEqualTo(7);
    assertThat(declaredQuiet.passed()).isFalse();
    assertThat(new RuleTestReport(List.of(declaredQuiet)).failures(Lang.EN)).singleElement().asString()
        .startsWith("test/order-492/fixture.md:7:3: [order-492] unexpected finding on a line annotated ok (annotation at line 3): ");
  }

  @Test
  void anOkAnnotationCoversOnlyItsTargetLine() {
    FixtureResult r = run("order-492", "<!-- ok: order-492 -->\n依据国务院令第711号。\n另见国务院令第492号。\n");

    assertThat(r.passed()).isFalse();
    assertThat(new RuleTestReport(List.of(r)).failures(Lang.EN)).containsExactly(
        "test/order-492/fixture.md:5:3: [order-492] unexpected finding: cites 国务院令第492号");
  }

  @Test
  void anOkAnnotationOfAnotherRuleFailsWhenThatRuleFiresThere() {
    FixtureResult r = run("order-492", "<!-- expect: order-492 -->\n<!-- ok: placeholder -->\nXX局依据国务院令第492号。\n");

    assertThat(r.passed()).isFalse();
    assertThat(r.outcome("order-492").orElseThrow().passed()).isTrue();
    assertThat(r.outcome("placeholder").orElseThrow().falsePositives()).isEqualTo(1);
    assertThat(new RuleTestReport(List.of(r)).failures(Lang.EN)).singleElement().asString()
        .startsWith("test/order-492/fixture.md:5:1: [placeholder] unexpected finding on a line annotated ok (annotation at line 4): ");
  }
}
