package io.gaokai.lint.core.model;

/**
 * A place in the text a reader produced: 1-based line and column (columns count Unicode code
 * points), the length of the marked text in code points (at least 1), and the locator in the
 * original document.
 */
public record Span(int line, int column, int length, Locator locator) {

  public Span {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
    length = Math.max(1, length);
    locator = locator == null ? Locator.NONE : locator;
  }

  public static Span of(int line, int column, int length) {
    return new Span(line, column, length, Locator.NONE);
  }

  public static Span startOfLine(int line) {
    return new Span(line, 1, 1, Locator.NONE);
  }
}
