package io.gaokai.lint.core.model;

/**
 * The 1-based columns ({@link Span} counts code points) of char positions in one line, counted on
 * from the position asked before. Asking for the column of every match on a line in order takes
 * time linear in the line's length, where {@code line.codePointCount(0, start)} for each match
 * takes time quadratic in it: minutes on a single line of a few megabytes. A position before the
 * previous one is counted again from the start of the line.
 */
public final class ColumnCounter {

  private final CharSequence line;
  private int index;
  private int codePoints;

  public ColumnCounter(CharSequence line) {
    this.line = line;
  }

  /** The 1-based column of the char at {@code charIndex} (0 to the line's length). */
  public int column(int charIndex) {
    if (charIndex < index) {
      index = 0;
      codePoints = 0;
    }
    codePoints += Character.codePointCount(line, index, charIndex);
    index = charIndex;
    return codePoints + 1;
  }
}
