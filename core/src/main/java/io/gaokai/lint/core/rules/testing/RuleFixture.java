package io.gaokai.lint.core.rules.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small report annotated with the findings it must and must not produce, in the manner of
 * Semgrep's {@code ruleid:} comments and Error Prone's inline diagnostics:
 *
 * <pre>{@code
 * <!-- expect: period-not-calendar-year -->
 * 本报告所列数据的统计期限自2023年1月1日起至2023年6月30日止。
 * }</pre>
 *
 * <p>{@code <!-- expect: RULE-ID -->} (several ids may be separated by commas) asks for a finding of
 * the rule on the next line that is neither blank nor a comment; {@code <!-- ok: RULE-ID -->} says
 * the rule must stay quiet there. Every whole-line HTML comment is replaced by an empty line before
 * linting. The rules under test are the rule the fixture's directory is named after plus every rule
 * its annotations name; findings of other rules are ignored.
 *
 * @param name how the fixture is shown ({@code national/part-missing/fires-no-part-five.md}); its
 *     extension tells the linter how to read the text
 * @param ruleId the rule the fixture's directory is named after, or null
 * @param text the fixture as written
 * @param lintText the text that is linted: the fixture with its comment lines emptied
 * @param annotations the annotations, one per rule named, in file order
 * @param notes the other comments, in file order: what the fixture shows, for readers
 * @param problems what makes the fixture unusable as written (malformed annotations and the like)
 * @param previousName the name of last year's report beside the fixture ({@code fires-x.previous.md}
 *     for {@code fires-x.md}), or null: the rules that compare with last year read it
 * @param previousText last year's report as written, or null
 */
public record RuleFixture(
    String name,
    String ruleId,
    String text,
    String lintText,
    List<Annotation> annotations,
    List<String> notes,
    List<FixtureProblem> problems,
    String previousName,
    String previousText) {

  public RuleFixture {
    annotations = List.copyOf(annotations);
    notes = List.copyOf(notes);
    problems = List.copyOf(problems);
  }

  /** Reads a fixture's annotations. */
  public static RuleFixture parse(String name, String ruleId, String text) {
    FixtureParser.Parsed parsed = FixtureParser.parse(text);
    return new RuleFixture(name, ruleId, text, parsed.lintText(), parsed.annotations(), parsed.notes(), parsed.problems(), null, null);
  }

  /** The fixture with last year's report of its organ beside it. */
  public RuleFixture withPrevious(String name, String text) {
    return new RuleFixture(this.name, ruleId, this.text, lintText, annotations, notes, problems, name, text);
  }

  /** The directory's rule, then every rule the annotations name, each once. */
  public List<String> rulesUnderTest() {
    Set<String> ids = new LinkedHashSet<>();
    if (ruleId != null) {
      ids.add(ruleId);
    }
    annotations.forEach(a -> ids.add(a.ruleId()));
    return new ArrayList<>(ids);
  }

  /** The lines where a finding of the rule is expected, in order. */
  public List<Annotation> expectations(String rule) {
    return annotations.stream().filter(a -> a.isExpectation() && a.ruleId().equals(rule)).toList();
  }

  /** Whether the fixture expects at least one finding of the rule: a firing fixture for it. */
  public boolean fires(String rule) {
    return !expectations(rule).isEmpty();
  }

  /** Whether an {@code ok:} annotation of the rule applies to the line. */
  public boolean declaredQuiet(String rule, int line) {
    return quietAnnotation(rule, line).isPresent();
  }

  /** The first {@code ok:} annotation of the rule that applies to the line, if any. */
  public Optional<Annotation> quietAnnotation(String rule, int line) {
    return annotations.stream().filter(a -> !a.isExpectation() && a.ruleId().equals(rule) && a.target() == line).findFirst();
  }
}
