package io.gaokai.lint.core.parse;

/**
 * One cell found on a line.
 *
 * @param text the cell text, trimmed and NFKC-folded
 * @param kind what it holds
 * @param line the 1-based line
 * @param column the 1-based code point column where the cell's text starts
 * @param length the cell's length in code points in the original line
 */
public record LineCell(String text, CellKind kind, int line, int column, int length) {

  public boolean isValue() {
    return kind != CellKind.TEXT;
  }
}
