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
 * Finds the headings of the six parts. A heading is a short line, possibly decorated with Markdown
 * {@code #}, bullets or indentation, that starts with a Chinese numeral and a separator and whose
 * words contain a part's key phrase. Table rows such as {@code 三、本年度办理结果} carry a numeral
 * too, but no part's key phrase, so they are not taken for headings.
 */
final class HeadingFinder {

  private static final Pattern NUMBERED =
      Pattern.compile("^(?:第)?([一二三四五六七八九十])(?:部分)?\\s*[、.．,，:：\\s]\\s*(.*)$");
  private static final int MAX_HEADING_LENGTH = 40;

  private final List<PartKind> parts;

  HeadingFinder(List<PartKind> parts) {
    this.parts = List.copyOf(parts);
  }

  List<PartHeading> find(SourceDocument doc) {
    List<PartHeading> out = new ArrayList<>();
    for (int n = 1; n <= doc.lineCount(); n++) {
      PartHeading h = heading(doc, n);
      if (h != null) {
        out.add(h);
      }
    }
    return out;
  }

  PartHeading heading(SourceDocument doc, int lineNumber) {
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
    if (norm.isEmpty() || norm.length() > MAX_HEADING_LENGTH) {
      return null;
    }
    PartKind kind = kindOf(norm);
    if (kind == null) {
      return null;
    }
    int column = line.codePointCount(0, start) + 1;
    return new PartHeading(kind, number, rest, doc.span(lineNumber, column, rest.codePointCount(0, rest.length())));
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
    return c == '第' || ChineseNumerals.valueOf(String.valueOf(c)) > 0;
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
