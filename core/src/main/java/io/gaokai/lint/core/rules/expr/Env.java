package io.gaokai.lint.core.rules.expr;

import java.math.BigDecimal;

/** What names and functions mean where an expression is evaluated: one report, one place in it. */
public interface Env {

  /** The value of a name (a bound value, a cell key of the current row or column, a fact), or unknown. */
  Value name(String name);

  /** {@code sum(key)}: the cells whose key is {@code key} or starts with {@code key.}, or unknown. */
  Value sum(String key);

  /** {@code cell(table, row, column)}, or unknown. */
  Value cell(String table, String row, String column);

  /** The same place in the previous year's report, or null when the run has none. */
  Env previous();

  /** {@code matches(re)}: whether the current sentence holds a match; unknown outside sentences. */
  Value matches(String regex);

  /** {@code mentions(y)}: how often the current scope mentions the year {@code y}; unknown outside year mentions. */
  Value mentions(BigDecimal year);
}
