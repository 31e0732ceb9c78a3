package io.gaokai.lint.core.rules.checks;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.gaokai.lint.core.model.ColumnCounter;
import io.gaokai.lint.core.model.Part;
import io.gaokai.lint.core.model.PartKind;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.util.List;

/**
 * A pattern that must not ({@code mode: forbid}) or must ({@code mode: require}) occur, in one part
 * ({@code part: 1..6}) or anywhere ({@code part: any}, the default). {@code pattern} is an RE2
 * regular expression (linear time: a user pattern cannot hang a pipeline); {@code literal} is plain
 * text.
 *
 * <p>Placeholders: {@code match} (the text found), {@code part} (the part's heading).
 */
public final class PatternCheck implements Check {

  private final Pattern pattern;
  private final RegexPrefilter prefilter;
  /** The pattern's top-level alternatives, each compiled alone; null when it has one. */
  private final Pattern[] alternatives;
  private final boolean forbid;
  private final PartKind part;

  private PatternCheck(Pattern pattern, RegexPrefilter prefilter, boolean forbid, PartKind part) {
    this.pattern = pattern;
    this.prefilter = prefilter;
    this.alternatives = prefilter.filters() ? compileEach(prefilter.alternatives(), pattern.flags()) : null;
    this.forbid = forbid;
    this.part = part;
  }

  private static Pattern[] compileEach(String[] sources, int flags) {
    if (sources == null) {
      return null;
    }
    Pattern[] compiled = new Pattern[sources.length];
    for (int i = 0; i < sources.length; i++) {
      try {
        compiled[i] = Pattern.compile(sources[i], flags);
      } catch (PatternSyntaxException e) {
        return null; // the whole expression compiled; a piece that does not is matched as part of it
      }
    }
    return compiled;
  }

  /** Whether one of the alternatives the prefilter let through finds a match in {@code line}. */
  private boolean anyAlternativeFinds(long met, String line) {
    for (int i = 0; i < alternatives.length; i++) {
      if ((met & (1L << i)) != 0 && alternatives[i].matcher(line).find()) {
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
    public List<String> placeholders() {
      return List.of("match", "part");
    }

    @Override
    public Check create(Options options) throws RuleDefinitionException {
      boolean hasPattern = options.has("pattern");
      boolean hasLiteral = options.has("literal");
      if (hasPattern == hasLiteral) {
        throw options.error(hasPattern ? "literal" : "pattern", "pattern 与 literal 必须且只能有一个 / give exactly one of pattern and literal");
      }
      Pattern p = hasPattern
          ? FeeCheck.regex(options, "pattern", null, Pattern.MULTILINE)
          : Pattern.compile(Pattern.quote(options.string("literal")));
      RegexPrefilter prefilter = hasPattern
          ? RegexPrefilter.of(options.string("pattern"))
          : RegexPrefilter.ofLiteral(options.string("literal"));
      boolean forbid = options.choice("mode", "forbid", List.of("forbid", "require")).equals("forbid");
      String where = options.optionalString("part", "any");
      PartKind part = null;
      if (!where.equals("any")) {
        try {
          part = PartKind.ofNumber(Integer.parseInt(where));
        } catch (IllegalArgumentException e) {
          throw options.error("part", "part 应为 1 到 6 或 any / part must be 1 to 6 or any");
        }
      }
      return new PatternCheck(p, prefilter, forbid, part);
    }
  }

  @Override
  public void run(Report report, Reporter reporter) {
    int first = 1;
    int last = report.source().lineCount();
    Span partSpan = DocumentAnchor.of(report);
    String partName = "全文";
    if (part != null) {
      Part p = report.part(part).orElse(null);
      if (p == null) {
        return;
      }
      first = p.firstLine();
      last = p.lastLine();
      partSpan = p.heading().span();
      partName = part.heading();
    }
    // Line by line, as documented, and only on the lines the prefilter lets through: RE2/J's NFA
    // costs the same on every character it reads, and almost no line holds what a rule looks for.
    // Where the pattern has alternatives, those the prefilter let through are tried alone first:
    // one that starts with a literal lets RE2/J jump from one occurrence of it to the next.
    boolean found = false;
    Matcher m = null;
    for (int n = first; n <= last; n++) {
      String line = report.source().line(n);
      long met = prefilter.met(report.source(), n);
      if (met == 0 || alternatives != null && !anyAlternativeFinds(met, line)) {
        continue;
      }
      m = m == null ? pattern.matcher(line) : m.reset(line);
      ColumnCounter columns = null;
      int from = 0;
      while (from <= line.length() && m.find(from)) {
        found = true;
        if (!forbid) {
          break;
        }
        if (m.start() < line.length()) { // an empty match at the end of a line marks nothing
          if (columns == null) {
            columns = new ColumnCounter(line);
          }
          reporter.report(
              report.source().span(n, columns.column(m.start()), line.codePointCount(m.start(), m.end())),
              Args.create().put("match", m.group().strip()).put("part", partName).build());
        }
        from = m.end() > m.start() ? m.end() : m.end() + 1;
      }
      if (found && !forbid) {
        break;
      }
    }
    if (!forbid && !found) {
      reporter.report(partSpan, Args.create().put("match", "").put("part", partName).build());
    }
  }
}
