package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.ChineseNumerals;
import io.gaokai.lint.core.model.PartHeading;
import io.gaokai.lint.core.model.PartKind;
import io.gaokai.lint.core.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headings of the parts. A heading is a short line, possibly decorated with Markdown
 * {@code #}, bullets or indentation, that starts with a Chinese numeral and a separator and whose
 * words contain a part's key phrase. Table rows such as {@code 三、本年度办理结果} carry a numeral
 * too, but no part's key phrase, so they are not taken for headings.
 *
 * <p>A part whose heading is reworded beyond its key phrases (五、工作中存在的不足及下一步打算) is
 * recognised by its number and position: a short numbered line with the part's numeral, standing
 * between the headings of the parts before and after it, that is no row or group label of a table.
 */
final class HeadingFinder {

  private static final Pattern NUMBERED =
      Pattern.compile("^(?:第)?([一二三四五六七八九十])(?:部分)?\\s*[、.．,，:：\\s]\\s*(.*)$");
  private static final int MAX_HEADING_LENGTH = 40;
  /** A heading recognised by its number alone is at most this long (words after the numeral). */
  private static final int MAX_REWORDED_LENGTH = 24;

  private final List<PartKind> parts;
  /** The normalised row and group labels of the tables (without their numerals), at least 4 long. */
  private final List<String> tableLabels;

  HeadingFinder(List<PartKind> parts, List<String> tableLabels) {
    this.parts = List.copyOf(parts);
    List<String> labels = new ArrayList<>();
    for (String label : tableLabels) {
      Matcher m = NUMBERED.matcher(withoutSpaces(label));
      String words = NormalizedText.normalize(m.matches() ? m.group(2) : label);
      if (words.length() >= 4) {
        labels.add(words);
      }
    }
    this.tableLabels = List.copyOf(labels);
  }

  /** A short numbered line: where its text starts, the text, its number (0: none) and normalised words. */
  private record Candidate(int line, int column, String rest, int number, String words) {}

  List<PartHeading> find(SourceDocument doc) {
    List<PartHeading> out = new ArrayList<>();
    List<Candidate> numberedOnly = new ArrayList<>();
    for (int n = 1; n <= doc.lineCount(); n++) {
      Candidate c = candidate(doc, n);
      if (c == null) {
        continue;
      }
      PartKind kind = kindOf(c.words());
      if (kind != null && isSubheadingOrCaption(c, kind, out)) {
        continue;
      }
      if (kind != null) {
        out.add(heading(doc, c, kind));
      } else if (c.number() > 0 && c.words().length() <= MAX_REWORDED_LENGTH && !isTableLabel(c.words())) {
        numberedOnly.add(c);
      }
    }
    return byPosition(doc, out, numberedOnly);
  }

  /**
   * Adds, for each part no heading names, the first numbered line with its numeral that stands
   * after the last heading of an earlier part and before the first heading of a later one.
   */
  private List<PartHeading> byPosition(SourceDocument doc, List<PartHeading> found, List<Candidate> numberedOnly) {
    if (numberedOnly.isEmpty()) {
      return found;
    }
    List<PartHeading> out = new ArrayList<>(found);
    for (PartKind kind : parts) {
      if (found.stream().anyMatch(h -> h.kind() == kind)) {
        continue;
      }
      int after = 0;
      int before = Integer.MAX_VALUE;
      for (PartHeading h : found) {
        int line = h.span().line();
        if (h.kind().number() < kind.number()) {
          after = Math.max(after, line);
        } else if (h.kind().number() > kind.number()) {
          before = Math.min(before, line);
        }
      }
      if (after == 0 && kind.number() > 1) {
        continue; // nothing places it: an earlier part must be there to tell where this one starts
      }
      for (Candidate c : numberedOnly) {
        if (c.number() == kind.number() && c.line() > after && c.line() < before) {
          out.add(heading(doc, c, kind));
          break;
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.span().line(), b.span().line()));
    return out;
  }

  /**
   * A table's caption (表三：收到和处理政府信息公开申请情况) or an unnumbered subheading that repeats
   * the words of the part it stands in (### 行政复议 in part 四) names a part without starting one.
   */
  private static boolean isSubheadingOrCaption(Candidate c, PartKind kind, List<PartHeading> before) {
    String w = c.words();
    if (w.length() > 1 && w.charAt(0) == '表' && ChineseNumerals.valueOf(String.valueOf(w.charAt(1))) > 0) {
      return true;
    }
    return c.number() == 0 && !before.isEmpty() && before.get(before.size() - 1).kind() == kind;
  }

  private boolean isTableLabel(String words) {
    for (String label : tableLabels) {
      if (words.contains(label) || label.contains(words)) {
        return true;
      }
    }
    return false;
  }

  /** The heading; its span marks what of it stands on its first line (the numeral alone, when its words follow on the next). */
  private static PartHeading heading(SourceDocument doc, Candidate c, PartKind kind) {
    String line = doc.line(c.line());
    int onLine = line.codePointCount(0, line.length()) - c.column() + 1;
    int length = Math.min(c.rest().codePointCount(0, c.rest().length()), Math.max(1, onLine));
    return new PartHeading(kind, c.number(), c.rest(), doc.span(c.line(), c.column(), length));
  }

  private Candidate candidate(SourceDocument doc, int lineNumber) {
    String line = doc.line(lineNumber);
    if (line.isBlank() || line.indexOf('\t') >= 0 || line.length() > 120) {
      return null;
    }
    int start = 0;
    while (start < line.length() && isDecoration(line.charAt(start))) {
      start++;
    }
    String rest = line.substring(start).strip();
    boolean markdown = line.stripLeading().startsWith("#");
    if (rest.endsWith("|")) {
      rest = rest.substring(0, rest.length() - 1).strip();
    }
    if (rest.isEmpty() || rest.contains("。")) {
      return null;
    }
    if (!markdown && !startsLikeANumberedHeading(rest)) {
      return null;
    }
    String compact = withoutSpaces(rest);
    Matcher numbered = NUMBERED.matcher(compact);
    int number = 0;
    String words;
    if (numbered.matches()) {
      number = ChineseNumerals.valueOf(numbered.group(1));
      words = numbered.group(2);
    } else if (markdown) {
      words = compact;
    } else {
      return null;
    }
    String norm = NormalizedText.normalize(words);
    if (norm.isEmpty() && number > 0) {
      // the numeral alone (一、), its words on the next line with text, as extraction breaks a heading
      String next = nextText(doc, lineNumber);
      if (next != null && next.indexOf('\t') < 0 && !next.contains("。")) {
        rest = rest + next;
        norm = NormalizedText.normalize(withoutSpaces(next));
      }
    }
    if (norm.isEmpty() || norm.length() > MAX_HEADING_LENGTH) {
      return null;
    }
    int column = line.codePointCount(0, start) + 1;
    return new Candidate(lineNumber, column, rest, number, norm);
  }

  /** The next line with text after {@code lineNumber}, stripped, or null. */
  private static String nextText(SourceDocument doc, int lineNumber) {
    for (int n = lineNumber + 1; n <= doc.lineCount() && n <= lineNumber + 2; n++) {
      if (!doc.line(n).isBlank()) {
        return doc.line(n).strip();
      }
    }
    return null;
  }

  /**
   * What may come before a heading's number: white space, Markdown marks, bullets (Word's private-use
   * bullets in PDF text too). Tested by hand on every line of a report, which a regular expression
   * made a noticeable part of the parse.
   */
  private static boolean isDecoration(char c) {
    switch (c) {
      case ' ', '\t', '\n', '\013', '\f', '\r', '#', '>', '*', '•', '·', '●', '-', '\u3000':
        return true;
      default:
        return c >= '\uE000' && c <= '\uF8FF';
    }
  }

  private static boolean startsLikeANumberedHeading(String rest) {
    char c = rest.charAt(0);
    return c == '第' || ChineseNumerals.valueOf(c) > 0;
  }

  private static String withoutSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private PartKind kindOf(String words) {
    for (PartKind kind : parts) {
      for (String phrase : kind.keyPhrases()) {
        if (words.contains(phrase)) {
          return kind;
        }
      }
    }
    return null;
  }
}
