package io.gaokai.lint.cli;

import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.testing.RuleTally;
import io.gaokai.lint.core.rules.testing.RuleTestReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code rules test}: a table of rules with their true positives, false positives,
 * false negatives and fixtures, every miss spelt out, and the line {@code N passed, M failed}.
 */
final class RuleTestSummary {

  private final Lang lang;
  private final boolean en;

  RuleTestSummary(Lang lang) {
    this.lang = lang;
    this.en = lang.english();
  }

  List<String> lines(RuleTestReport report) {
    List<String> out = new ArrayList<>();
    TextTable table = new TextTable();
    table.row("", en ? "RULE" : "规则", "TP", "FP", "FN", en ? "FIXTURES" : "用例");
    for (RuleTally t : report.tallies()) {
      table.row(
          t.passed() ? (en ? "pass" : "通过") : (en ? "FAIL" : "失败"),
          t.ruleId(),
          String.valueOf(t.truePositives()),
          String.valueOf(t.falsePositives()),
          String.valueOf(t.falseNegatives()),
          String.valueOf(t.fixtures()));
    }
    out.addAll(table.lines());
    List<String> failures = report.failures(lang);
    if (!failures.isEmpty()) {
      out.add("");
      out.add(en ? "Misses:" : "未通过之处：");
      failures.forEach(f -> out.add("  " + f));
    }
    out.add("");
    long passed = report.passedRules();
    long failed = report.failedRules();
    int fixtures = report.results().size();
    out.add(en
        ? passed + " passed, " + failed + " failed (" + count(passed + failed, "rule") + ", " + count(fixtures, "fixture") + ")"
        : passed + " 条通过，" + failed + " 条失败（共 " + (passed + failed) + " 条规则，" + fixtures + " 个用例）");
    return out;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
