package io.gaokai.lint.core.rules.testing;

import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of running many fixtures: per fixture, per rule, and the misses spelt out.
 *
 * @param results one per fixture, in the order run
 */
public record RuleTestReport(List<FixtureResult> results) {

  public RuleTestReport {
    results = List.copyOf(results);
  }

  /** Whether every fixture passed. */
  public boolean passed() {
    return results.stream().allMatch(FixtureResult::passed);
  }

  /** Per rule, sorted by rule id: every rule a fixture tests or a fixture problem names. */
  public List<RuleTally> tallies() {
    Set<String> ids = new java.util.TreeSet<>();
    for (FixtureResult r : results) {
      ids.addAll(r.fixture().rulesUnderTest());
      r.problems().stream().filter(p -> p.ruleId() != null).forEach(p -> ids.add(p.ruleId()));
    }
    List<RuleTally> out = new ArrayList<>();
    for (String id : ids) {
      out.add(tally(id));
    }
    return out;
  }

  /** The totals of one rule. */
  public RuleTally tally(String ruleId) {
    int fixtures = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int problems = 0;
    for (FixtureResult r : results) {
      boolean tests = r.fixture().rulesUnderTest().contains(ruleId)
          || r.problems().stream().anyMatch(p -> ruleId.equals(p.ruleId()));
      if (!tests) {
        continue;
      }
      fixtures++;
      problems += r.problems().size();
      RuleOutcome o = r.outcome(ruleId).orElse(null);
      if (o != null) {
        tp += o.truePositives();
        fp += o.falsePositives();
        fn += o.falseNegatives();
      }
    }
    return new RuleTally(ruleId, fixtures, tp, fp, fn, problems);
  }

  public long passedRules() {
    return tallies().stream().filter(RuleTally::passed).count();
  }

  public long failedRules() {
    return tallies().stream().filter(t -> !t.passed()).count();
  }

  /**
   * Every miss, one line each, compiler style: {@code fixture:line: [rule] what went wrong}.
   * Empty when everything passed.
   */
  public List<String> failures(Lang lang) {
    boolean en = lang.english();
    List<String> out = new ArrayList<>();
    for (FixtureResult r : results) {
      String name = r.fixture().name();
      for (FixtureProblem p : r.problems()) {
        out.add(name + ":" + Math.max(1, p.line()) + ": " + (en ? "fixture error: " : "用例错误：") + p.message().get(lang));
      }
      for (RuleOutcome o : r.outcomes()) {
        for (Annotation a : o.missed()) {
          out.add(name + ":" + a.target() + ": [" + o.ruleId() + "] "
              + (en ? "missed: a finding was expected on this line (annotation at line " + a.line() + "), none was reported"
                  : "漏报：此行应报告该规则的问题（标注在第" + a.line() + "行），实际没有"));
        }
        for (Finding f : o.unexpected()) {
          Span s = f.span();
          int ok = r.fixture().quietAnnotation(o.ruleId(), s.line()).map(Annotation::line).orElse(0);
          out.add(name + ":" + s.line() + ":" + s.column() + ": [" + o.ruleId() + "] "
              + (en ? "unexpected finding" + (ok > 0 ? " on a line annotated ok (annotation at line " + ok + ")" : "") + ": "
                  : "误报" + (ok > 0 ? "（此行标注为 ok，标注在第" + ok + "行）" : "") + "：")
              + f.message().get(lang));
        }
      }
    }
    return out;
  }

  /** The rules that failed, in id order. */
  public List<String> failedRuleIds() {
    Set<String> ids = new LinkedHashSet<>();
    tallies().stream().filter(t -> !t.passed()).forEach(t -> ids.add(t.ruleId()));
    return new ArrayList<>(ids);
  }
}
