package io.gaokai.lint.core.model;

import java.math.BigDecimal;

/**
 * One value position of a table row as read: its text, the number if it is one, where it is.
 *
 * @param text the cell text as read (NFKC-folded)
 * @param value the number, or null for a placeholder such as {@code /} or {@code —}
 * @param span where the cell is
 */
public record Cell(String text, BigDecimal value, Span span) {

  public boolean isNumber() {
    return value != null;
  }

  /** An empty cell: the page or document has the cell, with nothing in it. */
  public boolean isBlank() {
    return text.isEmpty();
  }

  /** A non-negative integer, as the counting tables require. */
  public boolean isCount() {
    return value != null && value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
  }
}
