package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.ColumnCounter;
import io.gaokai.lint.core.model.DisableComment;
import io.gaokai.lint.core.model.PartHeading;
import io.gaokai.lint.core.model.SourceDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code <!-- gaokai-lint-disable RULE-ID[, RULE-ID]: reason -->} comments and the part each
 * one covers, and {@code <!-- gaokai-lint-disable-next-line RULE-ID: reason -->} comments and the one
 * line each covers: the next line that is neither blank nor only comments (a paragraph, or a table
 * row, which is one line; in a Word file, the paragraph or row the comment is anchored to).
 *
 * <p>A comment runs, as in HTML, from {@code <!--} to the first {@code -->} after it, and is a
 * directive when its text starts with {@code gaokai-lint-disable} and names a comma-separated list
 * of rule ids. Each line is read once from left to right, in time linear in its length whatever it
 * holds: a directive with a hundred thousand rule ids, or thousands of comments never closed.
 */
final class DisableComments {

  /** How far past a comment a heading may stand for the comment to belong to its part. */
  private static final int LOOK_AHEAD = 8;

  private static final String OPEN = "<!--";
  private static final String CLOSE = "-->";

  /** The text of a comment (between its delimiters) that is a directive. */
  private static final Pattern DIRECTIVE = Pattern.compile("\\s*gaokai-lint-disable(-next-line)?\\s+([^:：]*)(?:[:：](.*))?");

  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9-]+");

  private DisableComments() {}

  static List<DisableComment> find(SourceDocument doc, List<PartHeading> headings) {
    int[] headingLines = headings.stream().mapToInt(h -> h.span().line()).sorted().toArray();
    List<DisableComment> out = new ArrayList<>();
    for (int n = 1; n <= doc.lineCount(); n++) {
      String line = doc.line(n);
      if (line.indexOf("gaokai-lint-disable") < 0) {
        continue;
      }
      ColumnCounter columns = new ColumnCounter(line);
      for (int open = line.indexOf(OPEN); open >= 0; ) {
        int close = line.indexOf(CLOSE, open + OPEN.length());
        if (close < 0) {
          break;
        }
        int end = close + CLOSE.length();
        Matcher m = DIRECTIVE.matcher(line).region(open + OPEN.length(), close);
        List<String> ids = m.matches() ? ruleIds(m.group(2)) : List.of();
        if (!ids.isEmpty()) {
          int[] scope = m.group(1) != null ? nextLine(doc, n) : scope(doc, headingLines, n);
          out.add(
              new DisableComment(
                  ids,
                  m.group(3) == null ? "" : m.group(3).strip(),
                  doc.span(n, columns.column(open), line.codePointCount(open, end)),
                  scope[0],
                  scope[1]));
        }
        open = line.indexOf(OPEN, end);
      }
    }
    return out;
  }

  /** The next line after {@code line} with more than blank space and comments, as a scope of one line. */
  private static int[] nextLine(SourceDocument doc, int line) {
    int next = line + 1;
    while (next < doc.lineCount() && isBlankOrComment(doc.line(next))) {
      next++;
    }
    int target = Math.min(next, doc.lineCount());
    return new int[] {target, target};
  }

  private static boolean isBlankOrComment(String line) {
    String rest = line.strip();
    while (rest.startsWith(OPEN)) {
      int close = rest.indexOf(CLOSE);
      if (close < 0) {
        return false;
      }
      rest = rest.substring(close + CLOSE.length()).strip();
    }
    return rest.isEmpty();
  }

  /** The ids of a list like {@code a, b-c}; empty unless every item is a rule id. */
  private static List<String> ruleIds(String list) {
    List<String> ids = Arrays.stream(list.split(",", -1)).map(String::strip).toList();
    return ids.stream().allMatch(id -> RULE_ID.matcher(id).matches()) ? ids : List.of();
  }

  /**
   * From the heading of the part the line is in to the line before the next heading; the whole
   * document before the first heading. Found by binary search: a document may hold thousands of
   * headings and of comments. Inside the report, a comment standing right above a heading (only
   * blank lines or other comments between, looking a few lines ahead) belongs to that heading's
   * part: that is where a Word comment anchored to the heading lands, and where an author puts a
   * comment meant for it. Before part 一, a comment covers the whole report.
   */
  private static int[] scope(SourceDocument doc, int[] headingLines, int line) {
    if (headingLines.length > 0 && line > headingLines[0]) {
      int next = line + 1;
      int limit = Math.min(doc.lineCount(), line + LOOK_AHEAD);
      while (next <= limit && (doc.line(next).isBlank() || doc.line(next).strip().startsWith("<!--"))) {
        next++;
      }
      if (next <= doc.lineCount() && Arrays.binarySearch(headingLines, next) >= 0) {
        line = next;
      }
    }
    int insertion = Arrays.binarySearch(headingLines, line);
    int last = insertion >= 0 ? lastIndexOf(headingLines, insertion) : -insertion - 2;
    if (last < 0) {
      return new int[] {1, doc.lineCount()};
    }
    int end = last + 1 < headingLines.length ? headingLines[last + 1] - 1 : doc.lineCount();
    return new int[] {headingLines[last], end};
  }

  /** The last index holding the same value as {@code index} (headings may share a line). */
  private static int lastIndexOf(int[] sorted, int index) {
    int i = index;
    while (i + 1 < sorted.length && sorted[i + 1] == sorted[index]) {
      i++;
    }
    return i;
  }
}
