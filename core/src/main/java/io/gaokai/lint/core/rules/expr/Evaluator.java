package io.gaokai.lint.core.rules.expr;

import io.gaokai.lint.core.model.Span;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives an {@link Expr} its value in an {@link Env}, with three-valued logic: anything unknown makes
 * arithmetic and comparisons unknown; {@code and} is false as soon as one side is false, {@code or}
 * true as soon as one side is true. Remembers the first place it read a value from, which is where
 * a failed assertion is reported unless the rule says otherwise. One per evaluation.
 */
public final class Evaluator {

  /** The functions an expression may call, with their number of arguments. */
  public static final java.util.Map<String, Integer> FUNCTIONS =
      java.util.Map.ofEntries(
          java.util.Map.entry("sum", 1), java.util.Map.entry("cell", 3), java.util.Map.entry("previous", 1),
          java.util.Map.entry("exists", 1), java.util.Map.entry("date", 2), java.util.Map.entry("if", 3),
          java.util.Map.entry("matches", 1), java.util.Map.entry("mentions", 1), java.util.Map.entry("abs", 1),
          java.util.Map.entry("first", 2), java.util.Map.entry("samePlace", 2));

  private Span first;
  /** Whether numbers keep the terms they were summed from (for a message); off, sums are only values. */
  private final boolean terms;

  /** An evaluator whose numbers keep their terms. */
  public Evaluator() {
    this(true);
  }

  /**
   * An evaluator; {@code terms} false computes values only, which is all an assertion that holds
   * needs (a failed one is evaluated again with its terms, for its message).
   */
  public Evaluator(boolean terms) {
    this.terms = terms;
  }

  /** The first place a value was read from, or null. */
  public Span firstSpan() {
    return first;
  }

  public Value eval(Expr e, Env env) {
    Value v = evalInner(e, env);
    if (first == null && v.span() != null && !(e instanceof Expr.Literal)) {
      first = v.span();
    }
    return v;
  }

  private Value evalInner(Expr e, Env env) {
    if (e instanceof Expr.Literal l) {
      return l.value();
    }
    if (e instanceof Expr.Name n) {
      return env.name(n.name());
    }
    if (e instanceof Expr.Call c) {
      return call(c, env);
    }
    if (e instanceof Expr.Unary u) {
      Value v = eval(u.operand(), env);
      if (u.op().equals("not")) {
        return v instanceof Value.Bool b ? new Value.Bool(!b.value(), b.span()) : unknown(v);
      }
      if (v instanceof Value.Num n) {
        return new Value.Num(n.value().negate(), n.span(), n.terms().stream().map(Value.Term::negated).toList());
      }
      return unknown(v);
    }
    Expr.Binary b = (Expr.Binary) e;
    switch (b.op()) {
      case "and" -> {
        Value l = eval(b.left(), env);
        if (l instanceof Value.Bool lb && !lb.value()) {
          return l;
        }
        Value r = eval(b.right(), env);
        if (r instanceof Value.Bool rb && !rb.value()) {
          return r;
        }
        return l instanceof Value.Bool && r instanceof Value.Bool ? r : Value.UNKNOWN;
      }
      case "or" -> {
        Value l = eval(b.left(), env);
        if (l instanceof Value.Bool lb && lb.value()) {
          return l;
        }
        Value r = eval(b.right(), env);
        if (r instanceof Value.Bool rb && rb.value()) {
          return r;
        }
        return l instanceof Value.Bool && r instanceof Value.Bool ? r : Value.UNKNOWN;
      }
      default -> {
        Value l = eval(b.left(), env);
        Value r = eval(b.right(), env);
        return binary(b.op(), l, r, terms);
      }
    }
  }

  /** An arithmetic operation or comparison of two values, sums keeping their terms. */
  public static Value binary(String op, Value l, Value r) {
    return binary(op, l, r, true);
  }

  private static Value binary(String op, Value l, Value r, boolean terms) {
    Span span = l.span() != null ? l.span() : r.span();
    if (l instanceof Value.Unknown || r instanceof Value.Unknown) {
      return new Value.Unknown(span);
    }
    switch (op) {
      case "+", "-", "*", "/", "%" -> {
        Value.Num a = number(l);
        Value.Num c = number(r);
        if (a == null || c == null) {
          return new Value.Unknown(span);
        }
        return arithmetic(op, a, c, span, terms);
      }
      default -> {
        Integer cmp = compare(l, r);
        if (cmp == null) {
          return new Value.Unknown(span);
        }
        boolean result = switch (op) {
          case "=" -> cmp == 0;
          case "!=" -> cmp != 0;
          case "<" -> cmp < 0;
          case "<=" -> cmp <= 0;
          case ">" -> cmp > 0;
          default -> cmp >= 0;
        };
        return new Value.Bool(result, span);
      }
    }
  }

  private static Value arithmetic(String op, Value.Num a, Value.Num c, Span span, boolean keepTerms) {
    BigDecimal x = a.value();
    BigDecimal y = c.value();
    if (!keepTerms && (op.equals("+") || op.equals("-"))) {
      return new Value.Num(op.equals("+") ? x.add(y) : x.subtract(y), span, List.of());
    }
    switch (op) {
      case "+" -> {
        List<Value.Term> terms = new ArrayList<>(a.terms());
        terms.addAll(c.terms());
        return new Value.Num(x.add(y), span, terms);
      }
      case "-" -> {
        List<Value.Term> terms = new ArrayList<>(a.terms());
        c.terms().forEach(t -> terms.add(t.negated()));
        return new Value.Num(x.subtract(y), span, terms);
      }
      case "*" -> {
        BigDecimal v = x.multiply(y);
        return Value.Num.of(v, span, v.toPlainString(), v.toPlainString(), List.of());
      }
      default -> {
        if (y.signum() == 0) {
          return new Value.Unknown(span);
        }
        BigDecimal v = op.equals("/") ? x.divide(y, MathContext.DECIMAL64) : x.remainder(y);
        return Value.Num.of(v, span, v.toPlainString(), v.toPlainString(), List.of());
      }
    }
  }

  /** A number, or a text that is one (a number taken from a sentence), or null. */
  private static Value.Num number(Value v) {
    if (v instanceof Value.Num n) {
      return n;
    }
    if (v instanceof Value.Str s) {
      try {
        BigDecimal d = new BigDecimal(s.zh().replace(",", "").strip());
        return Value.Num.of(d, s.span(), s.zh(), s.en(), List.of());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** The order of two values of the same kind (numbers, texts that are numbers, dates, texts, truth values), or null. */
  public static Integer compare(Value l, Value r) {
    Value.Num a = number(l);
    Value.Num b = number(r);
    if (a != null && b != null) {
      return a.value().compareTo(b.value());
    }
    if (l instanceof Value.Date d && r instanceof Value.Date e) {
      return d.value().compareTo(e.value());
    }
    if (l instanceof Value.Str s && r instanceof Value.Str t) {
      return s.zh().compareTo(t.zh());
    }
    if (l instanceof Value.Bool p && r instanceof Value.Bool q) {
      return Boolean.compare(p.value(), q.value());
    }
    return null;
  }

  private Value call(Expr.Call c, Env env) {
    List<Expr> args = c.args();
    switch (c.function()) {
      case "sum" -> {
        return env.sum(((Expr.Name) args.get(0)).name());
      }
      case "cell" -> {
        return env.cell(literal(args.get(0)), literal(args.get(1)), literal(args.get(2)));
      }
      case "previous" -> {
        Env previous = env.previous();
        // evaluated apart: a place in last year's file is never where this report's finding goes
        return previous == null ? Value.UNKNOWN : lastYears(new Evaluator().eval(args.get(0), previous));
      }
      case "exists" -> {
        Value v = eval(args.get(0), env);
        return new Value.Bool(!(v instanceof Value.Unknown), v.span());
      }
      case "date" -> {
        Value year = eval(args.get(0), env);
        Value monthDay = eval(args.get(1), env);
        Value.Num y = number(year);
        if (y == null || !(monthDay instanceof Value.Str md)) {
          return new Value.Unknown(year.span());
        }
        String text = md.zh();
        if (text.length() != 5 || text.charAt(2) != '-') {
          return new Value.Unknown(y.span());
        }
        try {
          int month = Integer.parseInt(text.substring(0, 2));
          int day = Integer.parseInt(text.substring(3));
          return new Value.Date(LocalDate.of(y.value().intValue(), month, day), y.span());
        } catch (DateTimeException | NumberFormatException e) {
          return new Value.Unknown(y.span());
        }
      }
      case "if" -> {
        Value cond = eval(args.get(0), env);
        if (cond instanceof Value.Bool b) {
          return eval(b.value() ? args.get(1) : args.get(2), env);
        }
        return unknown(cond);
      }
      case "matches" -> {
        return env.matches(literal(args.get(0)));
      }
      case "mentions" -> {
        Value.Num y = number(eval(args.get(0), env));
        return y == null ? Value.UNKNOWN : env.mentions(y.value());
      }
      case "first" -> {
        // the first of two values that is there: a named group that took part in the match, say
        Value v = eval(args.get(0), env);
        boolean absent = v instanceof Value.Unknown || (v instanceof Value.Str str && str.zh().isEmpty());
        return absent ? eval(args.get(1), env) : v;
      }
      case "samePlace" -> {
        Value a = eval(args.get(0), env);
        Value b = eval(args.get(1), env);
        if (a instanceof Value.Str x && b instanceof Value.Str y) {
          return new Value.Bool(io.gaokai.lint.core.parse.OrganName.samePlace(x.zh(), y.zh()), x.span());
        }
        return a instanceof Value.Unknown ? a : new Value.Unknown(b.span());
      }
      case "abs" -> {
        Value v = eval(args.get(0), env);
        Value.Num n = number(v);
        return n == null ? unknown(v) : Value.Num.of(n.value().abs(), n.span(), n.value().abs().toPlainString(), n.value().abs().toPlainString(), List.of());
      }
      default -> throw new IllegalStateException("unknown function " + c.function());
    }
  }

  /** A value read from last year's report: no place in this report, its cells marked as last year's. */
  private static Value lastYears(Value v) {
    if (v instanceof Value.Num n) {
      List<Value.Term> terms = new ArrayList<>();
      for (Value.Term t : n.terms()) {
        List<Value.CellRef> cells = t.cells().stream().map(Value.CellRef::ofLastYear).toList();
        terms.add(new Value.Term(t.negative(), t.zh(), t.en(), t.value(), cells));
      }
      return new Value.Num(n.value(), null, terms);
    }
    if (v instanceof Value.Str s) {
      return new Value.Str(s.zh(), s.en(), null);
    }
    if (v instanceof Value.Bool b) {
      return new Value.Bool(b.value(), null);
    }
    if (v instanceof Value.Date d) {
      return new Value.Date(d.value(), null);
    }
    return Value.UNKNOWN;
  }

  /** The text of a literal argument (validated when the rule loads). */
  static String literal(Expr e) {
    if (e instanceof Expr.Literal l && l.value() instanceof Value.Str s) {
      return s.zh();
    }
    if (e instanceof Expr.Name n) {
      return n.name();
    }
    return e.text();
  }

  private static Value unknown(Value v) {
    return new Value.Unknown(v.span());
  }
}
