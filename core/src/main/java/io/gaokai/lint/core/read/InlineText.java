package io.gaokai.lint.core.read;

import java.util.List;

/**
 * The whitespace rules for text taken out of HTML. Inside a line, every run of whitespace
 * (including {@code &nbsp;} and the full-width space U+3000) becomes one space, and the line is
 * trimmed. When the pieces of a table cell that a {@code <br>} or a block element separated are
 * joined into one cell text, they meet without a separator if both sides are CJK ({@code
 * 结果<br>纠正} → {@code 结果纠正}), or if one side is CJK and the other punctuation ({@code
 * 金额<br>(单位:万元)} → {@code 金额(单位:万元)}: Chinese pages mix in ASCII punctuation), and with
 * one space otherwise. A line break that only comes from the layout of the HTML source (a newline
 * in the markup) vanishes under the same condition, as it does when a browser renders Chinese.
 */
final class InlineText {

  private InlineText() {}

  /** Collapses whitespace runs to one space, trims, and drops invisible and control characters. */
  static String normalize(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int n = raw.length();
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(raw, i);
      if (isInvisible(cp)) {
        i += Character.charCount(cp);
      } else if (isSpace(cp)) {
        i = appendSpaceRun(raw, i, out);
      } else {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
      }
    }
    return out.toString();
  }

  /**
   * Consumes the whitespace run starting at {@code start} and appends the single space it stands
   * for, if any; returns the index after the run.
   */
  private static int appendSpaceRun(CharSequence raw, int start, StringBuilder out) {
    int n = raw.length();
    boolean sourceLineBreak = false;
    boolean onlySourceLayout = true;
    int i = start;
    while (i < n) {
      int cp = Character.codePointAt(raw, i);
      if (!isSpace(cp) && !isInvisible(cp)) {
        break;
      }
      if (cp == '\n' || cp == '\r') {
        sourceLineBreak = true;
      } else if (cp != ' ' && cp != '\t' && cp != '\f' && !isInvisible(cp)) {
        // &nbsp;, U+3000 and the like were typed on purpose, not left by the markup layout
        onlySourceLayout = false;
      }
      i += Character.charCount(cp);
    }
    if (out.length() > 0 && i < n) {
      int before = out.codePointBefore(out.length());
      int after = Character.codePointAt(raw, i);
      boolean vanishes = sourceLineBreak && onlySourceLayout && joinsTight(before, after);
      if (!vanishes) {
        out.append(' ');
      }
    }
    return i;
  }

  /**
   * Joins the pieces of one table cell: no separator where {@link #joinsTight} holds, one space
   * otherwise. Empty pieces are left out.
   */
  static String joinCellPieces(List<String> pieces) {
    StringBuilder out = new StringBuilder();
    for (String piece : pieces) {
      if (piece.isEmpty()) {
        continue;
      }
      int before = out.length() > 0 ? out.codePointBefore(out.length()) : -1;
      if (before >= 0 && !joinsTight(before, piece.codePointAt(0))) {
        out.append(' ');
      }
      out.append(piece);
    }
    return out.toString();
  }

  /**
   * Whether two characters on either side of a line break meet without a space: both CJK, or one
   * CJK and the other punctuation.
   */
  static boolean joinsTight(int before, int after) {
    if (isCjk(before)) {
      return isCjk(after) || isPunctuation(after);
    }
    return isCjk(after) && isPunctuation(before);
  }

  private static boolean isPunctuation(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  /** Whether the text has anything visible, that is, anything but whitespace and invisibles. */
  static boolean hasVisibleText(CharSequence raw) {
    int n = raw.length();
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(raw, i);
      if (!isSpace(cp) && !isInvisible(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * CJK ideographs, kana, hangul and bopomofo, CJK and full-width punctuation, and the quotation
   * marks, dashes and ellipsis Chinese text uses from the general punctuation block.
   */
  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || block == Character.UnicodeBlock.VERTICAL_FORMS
        || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS) {
      return true;
    }
    return switch (cp) {
      case '\u2018', '\u2019', '\u201C', '\u201D', '\u2014', '\u2026', '\u00B7' -> true;
      default -> false;
    };
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** Zero-width characters, the soft hyphen, and control characters that are not whitespace. */
  private static boolean isInvisible(int cp) {
    return switch (cp) {
      case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> true;
      default -> Character.isISOControl(cp) && !Character.isWhitespace(cp);
    };
  }
}
