package io.gaokai.lint.core.output;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Rule;
import java.io.IOException;
import java.io.Writer;

/**
 * Compiler-style text: {@code file:line:column: severity [rule] message}, the source line with a
 * marker under the spot, where to look in the original (page, paragraph, table cell), how to fix
 * it, and a summary line. Findings in Word and PDF files lead with that place instead of the
 * line and column ({@code draft.docx 表格2 第25行 第3列: 错误 [rule] message}).
 */
public final class TextFormatter implements FindingsFormatter {

  private static final int WINDOW_BEFORE = 30;
  private static final int WINDOW_AFTER = 50;

  private final FormatContext context;
  private final RunTally tally = new RunTally();

  public TextFormatter(FormatContext context) {
    this.context = context;
  }

  @Override
  public void begin(Writer out) {
    // nothing before the first file
  }

  @Override
  public void file(FileResult result, Writer out) throws IOException {
    boolean en = context.english();
    tally.add(result);
    boolean placed = PLACED_KINDS.contains(result.kind());
    for (Finding f : result.activeFindings()) {
      Span s = f.span();
      String where = placed ? place(f.file(), s, en) : f.file() + ":" + s.line() + ":" + s.column();
      out.write(TerminalText.safe(where) + ": " + f.severity().label(en) + " [" + f.ruleId() + "] "
          + TerminalText.safe(f.message().get(context.lang())) + "\n");
      if (result.report() != null && s.line() <= result.report().source().original().lineCount()) {
        out.write(excerpt(result.report().source().original().line(s.line()), s, !placed));
      }
      if (!placed && !s.locator().isEmpty()) {
        out.write("     = " + (en ? "in the original: " : "原文位置：") + s.locator().describe(en) + "\n");
      }
      Rule rule = context.rules() == null ? null : context.rules().rule(f.ruleId()).orElse(null);
      if (rule != null && !rule.help().get(context.lang()).isBlank()) {
        out.write("     = " + (en ? "fix: " : "修正：") + TerminalText.safe(firstLine(rule.help().get(context.lang()))) + "\n");
      }
    }
  }

  @Override
  public void end(RunSummary summary, Writer out) throws IOException {
    tallies(out);
    if (context.english()) {
      out.write(String.format(
          "%d file(s) checked: %d error(s), %d warning(s), %d info(s)%s%s%n",
          summary.files(), summary.errors(), summary.warnings(), summary.infos(),
          summary.unreadable() > 0 ? ", " + summary.unreadable() + " unreadable" : "",
          summary.suppressed() > 0 ? ", " + summary.suppressed() + " suppressed" : ""));
    } else {
      out.write(String.format(
          "共检查 %d 个文件：%d 个错误，%d 个警告，%d 个提示%s%s%n",
          summary.files(), summary.errors(), summary.warnings(), summary.infos(),
          summary.unreadable() > 0 ? "，" + summary.unreadable() + " 个文件无法读取" : "",
          summary.suppressed() > 0 ? "，另有 " + summary.suppressed() + " 个已抑制" : ""));
    }
  }

  /** Over several reports, before the summary line: the findings per rule, then per organ. */
  private void tallies(Writer out) throws IOException {
    if (!tally.worthShowing()) {
      return;
    }
    boolean en = context.english();
    out.write(en ? "\nFindings per rule (errors/warnings/infos):\n" : "\n各规则的问题数（错误/警告/提示）：\n");
    int width = tally.rules().stream().mapToInt(e -> e.getKey().length()).max().orElse(0);
    for (var e : tally.rules()) {
      out.write("  " + pad(e.getKey(), width) + "  " + counts(e.getValue()) + "\n");
    }
    out.write(en ? "Findings per organ (reports: errors/warnings/infos):\n" : "各机关的问题数（报告数：错误/警告/提示）：\n");
    for (var e : tally.organs()) {
      String organ = e.getKey().isEmpty() ? (en ? "(organ not named)" : "（未识别机关）") : e.getKey();
      out.write("  " + TerminalText.safe(organ) + "  " + e.getValue().files + (en ? ": " : "：") + counts(e.getValue()) + "\n");
    }
    out.write("\n");
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static String counts(RunTally.Counts c) {
    return c.errors + "/" + c.warnings + "/" + c.infos;
  }

  /**
   * The kinds whose findings lead with the place a person finds in the original (a page, a
   * paragraph, a table cell) instead of the line and column of the extracted text, which mean
   * nothing in Word or a PDF viewer; JSON and SARIF keep those.
   */
  private static final java.util.Set<String> PLACED_KINDS = java.util.Set.of("docx", "doc", "pdf");

  /**
   * {@code draft.docx 表格2 第25行 第3列}, {@code report.pdf 第3页} ({@code table 2 row 25 column 3},
   * {@code page 3}); the file alone where the text has no place in the original.
   */
  private static String place(String file, Span span, boolean english) {
    return span.locator().isEmpty() ? file : file + " " + span.locator().describe(english);
  }

  /**
   * A line of a file as the text format shows it: its number, the text (a window around the spot for
   * long lines; control characters escaped) and a marker under the spot, each line ending in a line
   * break. Also used for the excerpts of rule-file errors.
   */
  public static String excerpt(String line, Span span) {
    return excerpt(line, span, true);
  }

  /** Like {@link #excerpt(String, Span)}; without {@code numbered}, the gutter holds no line number. */
  static String excerpt(String line, Span span, boolean numbered) {
    // only the window is taken apart: a line of a megabyte with hundreds of findings on it (a web
    // page saved as one line) would otherwise be copied once per finding
    int length = line.codePointCount(0, line.length());
    int col = Math.min(span.column() - 1, length);
    int from = Math.max(0, col - WINDOW_BEFORE);
    int to = Math.min(length, col + Math.max(span.length(), 1) + WINDOW_AFTER);
    int start = line.offsetByCodePoints(0, from);
    int[] cps = line.substring(start, line.offsetByCodePoints(start, to - from)).codePoints().map(c -> c == '\t' ? ' ' : c).toArray();
    StringBuilder text = new StringBuilder();
    StringBuilder marker = new StringBuilder();
    if (from > 0) {
      text.append('…');
      marker.append(' ');
    }
    for (int i = from; i < to; i++) {
      int cp = cps[i - from];
      text.appendCodePoint(cp);
      int w = width(cp);
      if (i < col) {
        marker.append(" ".repeat(w));
      } else if (i < col + span.length()) {
        marker.append("^".repeat(w));
      }
    }
    if (to < length) {
      text.append('…');
    }
    if (marker.indexOf("^") < 0) {
      marker.append('^');
    }
    String number = numbered ? String.valueOf(span.line()) : "";
    String gutter = " ".repeat(Math.max(0, 5 - number.length()));
    return gutter + number + " | " + TerminalText.safe(text.toString().stripTrailing()) + "\n" + "      | " + marker + "\n";
  }

  /** Terminal cell width: East Asian wide and full-width characters take two cells. */
  static int width(int cp) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    if (b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
        || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
        || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…')) {
      return cp >= 0xFF61 && cp <= 0xFFDC ? 1 : 2;
    }
    return 1;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
