package io.gaokai.lint.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The text a reader produced from one input, line by line, with the locator of each line in the
 * original document. Tables arrive as lines too, in one of the text layouts the parser understands
 * (tab-separated cells, {@code |}-terminated cell lines, Markdown pipe rows, one cell per line or
 * columns separated by runs of spaces).
 *
 * @param name the file name as given by the user (used in findings)
 * @param kind the input kind that was read ({@code txt}, {@code md}, {@code html}, {@code docx}, ...)
 * @param lines the lines, without line terminators
 * @param locators one locator per line ({@link Locator#NONE} where the kind has none)
 */
public record SourceDocument(String name, String kind, List<String> lines, List<Locator> locators) {

  public SourceDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    lines = List.copyOf(lines);
    if (locators == null || locators.isEmpty()) {
      locators = java.util.Collections.nCopies(lines.size(), Locator.NONE);
    } else if (locators.size() != lines.size()) {
      throw new IllegalArgumentException("one locator per line expected");
    } else {
      locators = List.copyOf(locators);
    }
  }

  public static SourceDocument ofText(String name, String kind, String text) {
    return new SourceDocument(name, kind, splitLines(text), null);
  }

  /** Splits on CRLF, LF and lone CR. */
  public static List<String> splitLines(String text) {
    List<String> out = new java.util.ArrayList<>();
    int start = 0;
    char[] chars = text.toCharArray(); // an array read is cheaper than charAt in C1-compiled code
    int n = chars.length;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** The line with the given 1-based number. */
  public String line(int number) {
    return lines.get(number - 1);
  }

  public Locator locator(int number) {
    return locators.get(number - 1);
  }

  public int lineCount() {
    return lines.size();
  }

  /**
   * A span on the given line, carrying that line's locator. On a table row of a Word or HTML table
   * (one row per line, cells joined by tabs), the cell is told by the tabs before the column.
   */
  public Span span(int line, int column, int length) {
    Locator l = locator(line);
    if (l.table() != null && l.row() != null && l.cell() == null) {
      String text = lines.get(line - 1);
      int end = text.offsetByCodePoints(0, Math.min(column - 1, text.codePointCount(0, text.length())));
      int cell = 1;
      for (int i = 0; i < end; i++) {
        if (text.charAt(i) == '\t') {
          cell++;
        }
      }
      l = new Locator(l.page(), l.paragraph(), l.table(), l.row(), cell);
    }
    return new Span(line, column, length, l);
  }
}
