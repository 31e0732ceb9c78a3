package io.gaokai.lint.core.output;

/**
 * Text from a report or a file name made safe to print on a terminal or in a line-based CI log: no
 * report can print a fake finding line, retitle the terminal, clear the screen or reorder what is
 * shown. Line breaks, control characters (ESC and the rest of C0 and C1, DEL), bidirectional
 * overrides and isolates and the Unicode line and paragraph separators are shown escaped
 * ({@code \n}, {@code \x1b}, {@code \u202e}); everything else is left as it is.
 */
public final class TerminalText {

  private TerminalText() {}

  public static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = escape(c);
      if (escaped == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      out.append(escaped);
    }
    return out == null ? text : out.toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    if (c < 0x20 || c == 0x7F) {
      return String.format("\\x%02x", (int) c);
    }
    if ((c >= 0x80 && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u2028' || c == '\u2029') {
      return String.format("\\u%04x", (int) c);
    }
    return null;
  }
}
