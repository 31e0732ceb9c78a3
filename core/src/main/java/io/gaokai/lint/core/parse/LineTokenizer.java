package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.ColumnCounter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits one line into table cells, whatever layout it arrived in:
 *
 * <ul>
 *   <li>tab-separated cells (office exports, the HTML and Word readers);
 *   <li>Markdown pipe rows {@code | a | b |} (separator rows yield no cells);
 *   <li>{@code |}-terminated cell lines from flattened HTML ({@code 规章 |}; a lone {@code |} or
 *       {@code |||} yields no cells);
 *   <li>columns separated by runs of two or more spaces ({@code pdftotext -layout});
 *   <li>otherwise the whole line is one cell.
 * </ul>
 *
 * Within a cell, trailing numbers separated by single spaces are split off as cells of their own
 * (PDF text often loses the wide gaps), so {@code 规章 0 0 0} is a label and three values.
 */
public final class LineTokenizer {

  /** A Markdown table's separator row, {@code |---|:--:|}. */
  private static final Pattern MARKDOWN_SEPARATOR = Pattern.compile("\\|?(\\s*:?-{2,}:?\\s*\\|)+\\s*:?-*:?\\s*");

  private LineTokenizer() {}

  public static List<LineCell> cells(String line, int lineNumber) {
    List<LineCell> out = new ArrayList<>();
    if (line.isBlank()) {
      return out;
    }
    String trimmed = line.strip();
    if (trimmed.startsWith("<!--") && trimmed.endsWith("-->")) {
      return out;
    }
    if (line.indexOf('\t') >= 0) {
      split(line, lineNumber, '\t', out);
    } else if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length() > 1
        && trimmed.chars().filter(c -> c == '|').count() >= 2 && !trimmed.replace("|", "").isBlank()) {
      if (!MARKDOWN_SEPARATOR.matcher(trimmed).matches()) {
        split(line, lineNumber, '|', out);
      }
    } else if (trimmed.endsWith("|")) {
      String content = trimmed.replace("|", "");
      if (!content.isBlank()) {
        int end = line.lastIndexOf('|');
        addCell(line.substring(0, end), 0, lineNumber, out);
      }
    } else {
      splitOnSpaceRuns(line, lineNumber, out);
    }
    return out;
  }

  /**
   * The cells of a tab-separated line (HTML and Word tables) with the empty ones kept, as
   * {@link CellKind#BLANK} cells one column wide at their place: the positions of a row whose
   * cells a page or document leaves blank. Other lines: as {@link #cells}.
   */
  public static List<LineCell> positions(String line, int lineNumber) {
    if (line.indexOf('\t') < 0) {
      return cells(line, lineNumber);
    }
    List<LineCell> out = new ArrayList<>();
    ColumnCounter columns = new ColumnCounter(line);
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == '\t') {
        int before = out.size();
        addCell(line.substring(start, i), columns.column(start) - 1, lineNumber, out);
        if (out.size() == before) {
          out.add(new LineCell("", CellKind.BLANK, lineNumber, columns.column(start), 1));
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static void split(String line, int lineNumber, char sep, List<LineCell> out) {
    ColumnCounter columns = new ColumnCounter(line);
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == sep) {
        addCell(line.substring(start, i), columns.column(start) - 1, lineNumber, out);
        start = i + 1;
      }
    }
  }

  private static void splitOnSpaceRuns(String line, int lineNumber, List<LineCell> out) {
    int i = 0;
    int n = line.length();
    int cellStart = -1;
    int spaces = 0;
    ColumnCounter columns = new ColumnCounter(line);
    for (; i < n; i++) {
      char c = line.charAt(i);
      boolean space = c == ' ' || c == '\u3000' || c == '\u00A0';
      if (space) {
        spaces += c == '\u3000' ? 2 : 1;
        continue;
      }
      if (cellStart >= 0 && spaces >= 2) {
        int end = i;
        addCell(line.substring(cellStart, end), columns.column(cellStart) - 1, lineNumber, out);
        cellStart = i;
      } else if (cellStart < 0) {
        cellStart = i;
      }
      spaces = 0;
    }
    if (cellStart >= 0) {
      addCell(line.substring(cellStart), columns.column(cellStart) - 1, lineNumber, out);
    }
  }

  /** Adds a raw cell (untrimmed) whose first char is at code point column {@code base} (0-based). */
  private static void addCell(String raw, int base, int lineNumber, List<LineCell> out) {
    int lead = 0;
    while (lead < raw.length() && isBlank(raw.charAt(lead))) {
      lead++;
    }
    int trail = raw.length();
    while (trail > lead && isBlank(raw.charAt(trail - 1))) {
      trail--;
    }
    if (lead >= trail) {
      return;
    }
    String body = raw.substring(lead, trail);
    int column = base + raw.codePointCount(0, lead);
    // split trailing single-space-separated numbers off a text cell
    List<int[]> tokens = tokens(body);
    int firstTrailingValue = tokens.size();
    while (firstTrailingValue > 0) {
      int[] t = tokens.get(firstTrailingValue - 1);
      if (CellKind.of(fold(body.substring(t[0], t[1]))) != CellKind.NUMBER) {
        break;
      }
      firstTrailingValue--;
    }
    if (tokens.size() > 1 && firstTrailingValue < tokens.size()) {
      if (firstTrailingValue > 0) {
        int textEnd = tokens.get(firstTrailingValue - 1)[1];
        emit(body.substring(0, textEnd), column, lineNumber, out);
      }
      ColumnCounter columns = new ColumnCounter(body);
      for (int k = firstTrailingValue; k < tokens.size(); k++) {
        int[] t = tokens.get(k);
        emit(body.substring(t[0], t[1]), column + columns.column(t[0]) - 1, lineNumber, out);
      }
    } else {
      emit(body, column, lineNumber, out);
    }
  }

  private static void emit(String text, int base0, int lineNumber, List<LineCell> out) {
    String folded = fold(text);
    out.add(
        new LineCell(
            folded, CellKind.of(folded), lineNumber, base0 + 1, text.codePointCount(0, text.length())));
  }

  private static List<int[]> tokens(String s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && isBlank(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && !isBlank(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(new int[] {start, i});
      }
    }
    return out;
  }

  static String fold(String s) {
    return (NormalizedText.isStable(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC)).strip();
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
