package io.gaokai.lint.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for the terminal: columns aligned by display width (a Chinese character takes two
 * cells), the last column left ragged.
 */
final class TextTable {

  private final List<List<String>> rows = new ArrayList<>();

  TextTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  /** The rows, each padded to the widest cell of its column, joined by two spaces. */
  List<String> lines() {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size() - 1; c++) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    List<String> out = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        sb.append(cell);
        if (c < row.size() - 1) {
          sb.append(" ".repeat(widths[c] - width(cell) + 2));
        }
      }
      out.add(sb.toString().stripTrailing());
    }
    return out;
  }

  /** Terminal cells taken by the text: East Asian wide and full-width characters take two. */
  static int width(String text) {
    return text.codePoints().map(TextTable::width).sum();
  }

  static int width(int cp) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    if (b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
        || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && (cp < 0xFF61 || cp > 0xFFDC)
        || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…') {
      return 2;
    }
    return 1;
  }

  /** The text cut to at most {@code max} cells, with … where it was cut. */
  static String fit(String text, int max) {
    if (width(text) <= max) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    int used = 0;
    for (int cp : text.codePoints().toArray()) {
      int w = width(cp);
      if (used + w > max - 1) {
        break;
      }
      sb.appendCodePoint(cp);
      used += w;
    }
    return sb.append('…').toString();
  }
}
