package io.gaokai.lint.core.rules.checks;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
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
  private final boolean forbid;
  private final PartKind part;

  private PatternCheck(Pattern pattern, boolean forbid, PartKind part) {
    this.pattern = pattern;
    this.forbid = forbid;
    this.part = part;
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
      return new PatternCheck(p, forbid, part);
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
    // One pass over the part's text (lines joined with newlines): a regular-expression engine's set-up
    // costs more than its scan on short lines. Offsets are mapped back to lines afterwards; patterns
    // are compiled MULTILINE, so ^ and $ still mean the start and end of a line.
    StringBuilder text = new StringBuilder();
    int[] lineStarts = new int[last - first + 2];
    for (int n = first; n <= last; n++) {
      lineStarts[n - first] = text.length();
      text.append(report.source().line(n)).append('\n');
    }
    lineStarts[last - first + 1] = text.length();
    boolean found = false;
    Matcher m = pattern.matcher(text);
    int from = 0;
    int counterLine = -1;
    ColumnCounter columns = null;
    while (from <= text.length() && m.find(from)) {
      found = true;
      if (!forbid) {
        break;
      }
      int index = java.util.Arrays.binarySearch(lineStarts, m.start());
      int lineIndex = index >= 0 ? index : -index - 2;
      int lineStart = lineStarts[lineIndex];
      String line = report.source().line(first + lineIndex);
      int startInLine = m.start() - lineStart;
      int endInLine = Math.min(m.end() - lineStart, line.length());
      if (lineIndex != counterLine) {
        counterLine = lineIndex;
        columns = new ColumnCounter(line);
      }
      if (startInLine < line.length()) {
        reporter.report(
            report.source().span(first + lineIndex, columns.column(startInLine),
                line.codePointCount(startInLine, Math.max(startInLine, endInLine))),
            Args.create().put("match", m.group().strip()).put("part", partName).build());
      }
      from = m.end() > m.start() ? m.end() : m.end() + 1;
    }
    if (!forbid && !found) {
      reporter.report(partSpan, Args.create().put("match", "").put("part", partName).build());
    }
  }
}
