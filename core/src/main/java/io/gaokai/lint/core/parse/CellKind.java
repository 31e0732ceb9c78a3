package io.gaokai.lint.core.parse;

/** What a table cell holds, as far as the table reader is concerned. */
public enum CellKind {
  /** A number (integer or decimal, thousands separators allowed). */
  NUMBER,
  /** A stand-in for a number: {@code /}, {@code -}, {@code —}, {@code 无}. A value position, not a value. */
  PLACEHOLDER,
  /** Anything else: labels, headers, prose. */
  TEXT;

  private static final java.util.regex.Pattern NUMBER_PATTERN =
      java.util.regex.Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
  private static final java.util.Set<String> PLACEHOLDERS =
      java.util.Set.of("/", "-", "--", "—", "——", "－", "–", "无", "空", "\\", "×", "x", "X");

  /** Classifies a cell's text (already trimmed, NFKC-folded). */
  public static CellKind of(String s) {
    if (NUMBER_PATTERN.matcher(s).matches()) {
      return NUMBER;
    }
    if (PLACEHOLDERS.contains(s)) {
      return PLACEHOLDER;
    }
    return TEXT;
  }
}
