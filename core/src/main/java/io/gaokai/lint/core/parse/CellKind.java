package io.gaokai.lint.core.parse;

/** What a table cell holds, as far as the table reader is concerned. */
public enum CellKind {
  /** A number (integer or decimal, thousands separators allowed). */
  NUMBER,
  /** A stand-in for a number: {@code /}, {@code -}, {@code —}, {@code 无}. A value position, not a value. */
  PLACEHOLDER,
  /** Anything else: labels, headers, prose. */
  TEXT,
  /** An empty cell of a table whose cells are separated (HTML, Word): only {@link LineTokenizer#positions} gives these. */
  BLANK;

  private static final java.util.Set<String> PLACEHOLDERS =
      java.util.Set.of("/", "-", "--", "—", "——", "－", "–", "无", "空", "\\", "×", "x", "X");

  /** Classifies a cell's text (already trimmed, NFKC-folded). */
  public static CellKind of(String s) {
    if (isNumber(s)) {
      return NUMBER;
    }
    if (PLACEHOLDERS.contains(s)) {
      return PLACEHOLDER;
    }
    return TEXT;
  }

  /**
   * Whether {@code s} is {@code [+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?} (ASCII digits), by hand:
   * every cell of every table is classified, and a regular-expression matcher cost a parse more
   * than all the rest of the cell handling.
   */
  static boolean isNumber(String s) {
    int n = s.length();
    int i = n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    int digits = 0;
    int groupDigits = 0;
    boolean grouped = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        groupDigits++;
      } else if (c == ',') {
        // a separator: after 1 to 3 leading digits, or after exactly 3 digits of a group
        if (grouped ? groupDigits != 3 : (groupDigits < 1 || groupDigits > 3)) {
          return false;
        }
        grouped = true;
        groupDigits = 0;
      } else {
        break;
      }
    }
    if (digits == 0 || (grouped && groupDigits != 3)) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (s.charAt(i) != '.' || i + 1 == n) {
      return false;
    }
    for (i++; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
