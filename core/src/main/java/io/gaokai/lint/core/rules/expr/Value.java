package io.gaokai.lint.core.rules.expr;

import io.gaokai.lint.core.model.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The value of an expression: a number, a text, a truth value, a date, or unknown (a cell that is
 * missing or not a number, a fact the report does not state). Unknown spreads through arithmetic
 * and comparisons, so an assertion over something unknown is neither true nor false and reports
 * nothing. A value may carry where it was read ({@link #span}) and, for numbers, the terms it was
 * summed from, so that a failed assertion can show its operands.
 */
public sealed interface Value {

  /** Where the value was read, or null. */
  Span span();

  /** A number, with the terms it is the sum of (one term for a cell or a literal). */
  record Num(BigDecimal value, Span span, List<Term> terms) implements Value {
    public Num {
      terms = List.copyOf(terms);
    }

    public static Num of(BigDecimal value, Span span, String zh, String en, List<CellRef> cells) {
      return new Num(value, span, List.of(new Term(false, zh, en, value, cells)));
    }
  }

  /** A text, in Chinese and English (the same for text from the report). */
  record Str(String zh, String en, Span span) implements Value {
    public static Str of(String s, Span span) {
      return new Str(s, s, span);
    }
  }

  /** A truth value. */
  record Bool(boolean value, Span span) implements Value {}

  /** A calendar date. */
  record Date(LocalDate value, Span span) implements Value {}

  /** Not known: the assertion that needs it is not evaluated. */
  record Unknown(Span span) implements Value {}

  Unknown UNKNOWN = new Unknown(null);

  /**
   * One operand of a sum: its sign, its name, its value and the cells it was read from.
   *
   * @param negative whether it is subtracted
   * @param zh its name in Chinese (a row, column or group label, or the number as written)
   * @param en its name in English
   * @param value its value, unsigned
   * @param cells the cells it was read from
   */
  record Term(boolean negative, String zh, String en, BigDecimal value, List<CellRef> cells) {
    public Term {
      cells = List.copyOf(cells);
    }

    Term negated() {
      return new Term(!negative, zh, en, value, cells);
    }
  }

  /**
   * A cell an assertion read.
   *
   * @param table the table's id
   * @param row the row's key
   * @param column the column's key
   * @param value its value as read
   * @param span where it is (in last year's file when {@code lastYear})
   * @param lastYear whether it was read from last year's report
   */
  record CellRef(String table, String row, String column, BigDecimal value, Span span, boolean lastYear) {
    public CellRef(String table, String row, String column, BigDecimal value, Span span) {
      this(table, row, column, value, span, false);
    }

    CellRef ofLastYear() {
      return new CellRef(table, row, column, value, span, true);
    }
  }

  /** The value as text in Chinese ({@code english} false) or English. */
  static String text(Value v, boolean english) {
    if (v instanceof Num n) {
      return n.value().toPlainString();
    }
    if (v instanceof Str s) {
      return english ? s.en() : s.zh();
    }
    if (v instanceof Bool b) {
      return String.valueOf(b.value());
    }
    if (v instanceof Date d) {
      return d.value().toString();
    }
    return "?";
  }
}
