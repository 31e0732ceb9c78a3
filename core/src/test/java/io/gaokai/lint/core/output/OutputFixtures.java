package io.gaokai.lint.core.output;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * What the output tests share: a small rule set written inline (core does not see the built-in
 * rules), a clean synthetic report in the 2021 format, and a way to run a formatter over results.
 */
final class OutputFixtures {

  static final String RULES_YAML =
      """
      ruleset: outputs-test
      rules:
        - id: three-row-total
          type: relation
          table: applications
          forEach: row
          assert: total = naturalPerson + commercial + research + publicInterest + legalService + otherOrg
          category: identity
          severity: error
          name: {zh: 申请表行合计, en: Applications row total}
          message:
            zh: "“{row}”一行的总计与各申请人之和不等（应为 {expected}，实为 {actual}）"
            en: "row “{row}”: the total differs from the sum over applicants (expected {expected}, found {actual})"
          description: {zh: 每一行的总计等于各申请人之和。, en: "Each row's total equals the sum over applicants."}
          help: {zh: 核对该行各申请人数字及总计。, en: "Correct the row's numbers or its total."}
        - id: forbidden-text
          type: pattern
          pattern: "<script>|国务院令第492号"
          category: text
          severity: error
          name: {zh: 禁用内容, en: Forbidden text}
          message: {zh: "出现了“{match}”", en: "found “{match}”"}
          description: {zh: 不应出现的内容。, en: Text that must not appear.}
          help: {zh: 删除。, en: Remove it.}
        - id: placeholder
          type: pattern
          pattern: "XX局"
          category: text
          severity: warning
          name: {zh: 占位符, en: Placeholder}
          message: {zh: "占位符“{match}”", en: "placeholder “{match}”"}
          description: {zh: 模板占位符未替换。, en: A template placeholder was left in.}
        - id: old-reports-only
          type: pattern
          literal: 收费及减免情况
          category: text
          severity: info
          when: {years: "<=2018"}
          name: {zh: 只查旧报告, en: Old reports only}
          message: {zh: "旧标题“{match}”", en: "old heading “{match}”"}
          description: {zh: 只适用于 2018 年以前的报告。, en: Applies to reports up to 2018 only.}
      """;

  private OutputFixtures() {}

  static RuleSet rules() {
    try {
      return new RuleSetLoader().text("outputs-test.yaml", RULES_YAML);
    } catch (RuleDefinitionException e) {
      throw new AssertionError("the inline rule set is broken: " + e.getMessage(), e);
    }
  }

  /** A complete, clean report in the 2021 format (test resource). */
  static String sampleReport() {
    try (InputStream in = OutputFixtures.class.getResourceAsStream("sample-report.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FileResult lint(String name, String text) {
    return new Linter(rules()).lint(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static FileResult unreadable(String name) {
    return new Linter(rules()).lint(name, new byte[0]);
  }

  static FormatContext context(Lang lang, Severity failOn, Path base) {
    return new FormatContext("9.9.9-test", lang, failOn, rules(), base);
  }

  /** Runs a formatter over the results, as a run would, and returns what it wrote. */
  static String render(Function<FormatContext, FindingsFormatter> create, FormatContext context, List<FileResult> results) {
    FindingsFormatter formatter = create.apply(context);
    StringWriter out = new StringWriter();
    try {
      formatter.begin(out);
      RunSummary summary = RunSummary.EMPTY;
      for (FileResult r : results) {
        summary = summary.add(r);
        formatter.file(r, out);
      }
      formatter.end(summary, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The sample report with one line replaced (1-based). */
  static String withLine(String text, int line, String replacement) {
    List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
    lines.set(line - 1, replacement);
    return String.join("\n", lines);
  }

  /** The 1-based number of the first line that starts with the prefix. */
  static int lineStartingWith(String text, String prefix) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }
}
