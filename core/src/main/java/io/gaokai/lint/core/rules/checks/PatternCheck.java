package io.gaokai.lint.core.rules.checks;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.TextView;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckContext;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.FindingData;
import io.gaokai.lint.core.rules.OptionSpec;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.util.List;
import java.util.Set;

/**
 * A text pattern over the paragraphs of a part or of the whole text (in the manner of Vale's
 * {@code existence}): it must not occur ({@code mode: forbid}, one finding per match) or must
 * ({@code mode: require}, one finding when it does not; where the part is absent, the text where it
 * should be is searched). Paragraphs join the lines extraction wrapped, so a phrase broken over two
 * lines is found, and reported at its first line. {@code pattern} is an RE2 expression (linear
 * time: a user pattern cannot hang a pipeline); {@code literal} is plain text; {@code fix} is the
 * text that replaces each match.
 */
public final class PatternCheck implements Check {

  private final Pattern pattern;
  private final RegexPrefilter prefilter;
  /** The pattern's top-level alternatives, each compiled alone; null when it has one. */
  private final Pattern[] alternatives;
  private final boolean forbid;
  private final Scope scope;
  private final String fix;

  private PatternCheck(Pattern pattern, RegexPrefilter prefilter, boolean forbid, Scope scope, String fix) {
    this.pattern = pattern;
    this.prefilter = prefilter;
    this.alternatives = prefilter.filters() ? compileEach(prefilter.alternatives(), pattern.flags()) : null;
    this.forbid = forbid;
    this.scope = scope;
    this.fix = fix;
  }

  private static Pattern[] compileEach(String[] sources, int flags) {
    if (sources == null) {
      return null;
    }
    Pattern[] compiled = new Pattern[sources.length];
    for (int i = 0; i < sources.length; i++) {
      try {
        compiled[i] = Pattern.compile(sources[i], flags);
      } catch (com.google.re2j.PatternSyntaxException e) {
        return null; // the whole expression compiled; a piece that does not is matched as part of it
      }
    }
    return compiled;
  }

  /**
   * Whether the paragraph may hold a match: the prefilter lets it through, and where the pattern
   * has alternatives, one of those let through finds a match alone (an alternative that starts
   * with a literal lets RE2/J jump between its occurrences, where the whole expression runs its
   * NFA at every character). Only then is the whole pattern run, so matches are what it finds.
   */
  private boolean mayMatch(TextView.Paragraph p) {
    String text = p.text();
    long met = prefilter.met(text, p.signature());
    if (met == 0) {
      return false;
    }
    if (alternatives == null) {
      return true;
    }
    for (int i = 0; i < alternatives.length; i++) {
      if ((met & (1L << i)) != 0 && alternatives[i].matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** The {@code pattern} check kind. */
  public static final class Kind implements CheckKind {
    @Override
    public String type() {
      return "pattern";
    }

    @Override
    public String description() {
      return "A text pattern that must not (or must) occur in a part or in the whole text; wrapped lines are joined.";
    }

    @Override
    public List<OptionSpec> options() {
      return List.of(
          OptionSpec.of("pattern", OptionSpec.Type.REGEX, false, "An RE2 regular expression. Give pattern or literal."),
          OptionSpec.of("literal", OptionSpec.Type.STRING, false, "Plain text to look for. Give pattern or literal."),
          OptionSpec.choice("mode", false, List.of("forbid", "require"),
              "forbid (default): every match is a finding; require: a finding when there is no match."),
          OptionSpec.of("part", OptionSpec.Type.PARTS, false, "The part number(s) to look in, or any (default)."),
          OptionSpec.of("fix", OptionSpec.Type.STRING, false, "Text that replaces each match (offered as a fix in SARIF)."));
    }

    @Override
    public List<List<String>> exactlyOneOf() {
      return List.of(List.of("pattern", "literal"));
    }

    @Override
    public Configured configure(Options options) throws RuleDefinitionException {
      boolean hasPattern = options.has("pattern");
      boolean hasLiteral = options.has("literal");
      if (hasPattern == hasLiteral) {
        throw options.error(hasPattern ? "literal" : "pattern", "pattern 与 literal 必须且只能有一个 / give exactly one of pattern and literal");
      }
      Pattern p = hasPattern
          ? Regexes.compile(options, "pattern", Pattern.MULTILINE)
          : Pattern.compile(Pattern.quote(options.string("literal")));
      RegexPrefilter prefilter = hasPattern
          ? RegexPrefilter.of(options.string("pattern"))
          : RegexPrefilter.ofLiteral(options.string("literal"));
      boolean forbid = options.choice("mode", "forbid", List.of("forbid", "require")).equals("forbid");
      Scope scope = Scope.read(options, "part");
      String fix = options.optionalString("fix", null);
      if (fix != null && !forbid) {
        throw options.error("fix", "fix 只用于 mode: forbid / fix goes with mode: forbid");
      }
      return new Configured(new PatternCheck(p, prefilter, forbid, scope, fix), Set.of("match", "part"));
    }
  }

  @Override
  public void run(CheckContext context, Reporter reporter) {
    Report report = context.report();
    List<TextView.Paragraph> paragraphs;
    Span anchor = scope.anchor(report);
    if (!forbid && scope.parts().size() == 1) {
      int number = scope.parts().get(0);
      paragraphs = Scope.whereItShouldBe(report, number);
      if (report.part(number).isEmpty()) {
        anchor = DocumentAnchor.end(report);
      }
    } else {
      paragraphs = scope.paragraphs(report);
      if (!scope.isEverywhere() && paragraphs.isEmpty() && scope.parts().stream().allMatch(n -> report.part(n).isEmpty())) {
        return; // a part that is not there has nothing to forbid; part-missing reports it
      }
    }
    String zh = scope.name(report, false);
    String en = scope.name(report, true);
    boolean found = false;
    for (TextView.Paragraph p : paragraphs) {
      if (!mayMatch(p)) {
        continue;
      }
      Matcher m = pattern.matcher(p.text());
      TextView.Paragraph.Spans spans = p.spans(report.source());
      int from = 0;
      while (from <= p.text().length() && m.find(from)) {
        found = true;
        if (!forbid) {
          break;
        }
        if (m.start() < p.text().length()) { // an empty match at the end marks nothing
          Span span = spans.of(m.start(), m.end());
          String match = m.group().strip();
          boolean oneLine = p.lineAt(m.start()) == p.lineAt(Math.max(m.start(), m.end() - 1));
          reporter.report(
              span,
              Args.create().put("match", match).put("part", zh, en).build(),
              fix == null || !oneLine ? FindingData.NONE : new FindingData(fix, m.group(), List.of(), fix));
        }
        from = m.end() > m.start() ? m.end() : m.end() + 1;
      }
      if (found && !forbid) {
        break;
      }
    }
    if (!forbid && !found) {
      reporter.report(anchor, Args.create().put("match", "").put("part", zh, en).build());
    }
  }
}
