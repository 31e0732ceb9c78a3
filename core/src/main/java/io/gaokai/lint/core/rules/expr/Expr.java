package io.gaokai.lint.core.rules.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An expression of the rule language: numbers, texts ({@code '…'}), names (dotted: a cell key such
 * as {@code results.total}, a fact such as {@code period.year}), calls ({@code sum(results.withheld)}),
 * arithmetic ({@code + - * / %}), comparisons ({@code = != < <= > >=}) and {@code and or not}.
 * Parsed once when a rule loads; {@link Evaluator} gives it a value against a report.
 */
public sealed interface Expr {

  /** The source text of this expression. */
  String text();

  record Literal(Value value, String text) implements Expr {}

  record Name(String name, String text) implements Expr {}

  record Call(String function, List<Expr> args, String text) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  record Unary(String op, Expr operand, String text) implements Expr {}

  record Binary(String op, Expr left, Expr right, String text) implements Expr {}

  /** Every name and call in the expression, depth first. */
  default void visit(Consumer<Expr> visitor) {
    visitor.accept(this);
    if (this instanceof Call c) {
      c.args().forEach(a -> a.visit(visitor));
    } else if (this instanceof Unary u) {
      u.operand().visit(visitor);
    } else if (this instanceof Binary b) {
      b.left().visit(visitor);
      b.right().visit(visitor);
    }
  }

  /** A syntax error: what is wrong and the 0-based offset in the text. */
  final class SyntaxException extends Exception {
    private final int offset;

    SyntaxException(String message, int offset) {
      super(message);
      this.offset = offset;
    }

    public int offset() {
      return offset;
    }
  }

  /** Parses an expression. */
  static Expr parse(String text) throws SyntaxException {
    Parser p = new Parser(text);
    Expr e = p.or();
    p.skipSpace();
    if (p.at < text.length()) {
      throw new SyntaxException("多余的内容 / unexpected “" + text.substring(p.at) + "”", p.at);
    }
    return e;
  }

  /** A recursive-descent parser, one method per precedence level. */
  final class Parser {
    private final String s;
    private int at;

    private Parser(String s) {
      this.s = s;
    }

    private void skipSpace() {
      while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
        at++;
      }
    }

    private boolean word(String w) {
      skipSpace();
      if (s.startsWith(w, at)) {
        int end = at + w.length();
        if (end == s.length() || !isNameChar(s.charAt(end))) {
          at = end;
          return true;
        }
      }
      return false;
    }

    private boolean symbol(String sym) {
      skipSpace();
      if (s.startsWith(sym, at)) {
        at += sym.length();
        return true;
      }
      return false;
    }

    private Expr or() throws SyntaxException {
      int start = skip();
      Expr left = and();
      while (word("or")) {
        Expr right = and();
        left = new Binary("or", left, right, s.substring(start, at).strip());
      }
      return left;
    }

    private Expr and() throws SyntaxException {
      int start = skip();
      Expr left = not();
      while (word("and")) {
        Expr right = not();
        left = new Binary("and", left, right, s.substring(start, at).strip());
      }
      return left;
    }

    private Expr not() throws SyntaxException {
      int start = skip();
      if (word("not")) {
        Expr operand = not();
        return new Unary("not", operand, s.substring(start, at).strip());
      }
      return comparison();
    }

    private static final String[] COMPARISONS = {"<=", ">=", "!=", "<>", "==", "=", "<", ">"};

    private Expr comparison() throws SyntaxException {
      int start = skip();
      Expr left = sum();
      for (String op : COMPARISONS) {
        if (symbol(op)) {
          Expr right = sum();
          String normal = op.equals("==") ? "=" : op.equals("<>") ? "!=" : op;
          return new Binary(normal, left, right, s.substring(start, at).strip());
        }
      }
      return left;
    }

    private Expr sum() throws SyntaxException {
      int start = skip();
      Expr left = product();
      while (true) {
        if (symbol("+")) {
          left = new Binary("+", left, product(), s.substring(start, at).strip());
        } else if (symbol("-")) {
          left = new Binary("-", left, product(), s.substring(start, at).strip());
        } else {
          return left;
        }
      }
    }

    private Expr product() throws SyntaxException {
      int start = skip();
      Expr left = unary();
      while (true) {
        if (symbol("*")) {
          left = new Binary("*", left, unary(), s.substring(start, at).strip());
        } else if (symbol("/")) {
          left = new Binary("/", left, unary(), s.substring(start, at).strip());
        } else if (symbol("%")) {
          left = new Binary("%", left, unary(), s.substring(start, at).strip());
        } else {
          return left;
        }
      }
    }

    private Expr unary() throws SyntaxException {
      int start = skip();
      if (symbol("-")) {
        Expr operand = unary();
        return new Unary("-", operand, s.substring(start, at).strip());
      }
      return primary();
    }

    private int skip() {
      skipSpace();
      return at;
    }

    private Expr primary() throws SyntaxException {
      int start = skip();
      if (at >= s.length()) {
        throw new SyntaxException("表达式不完整 / the expression ends too early", at);
      }
      char c = s.charAt(at);
      if (c == '(') {
        at++;
        Expr inner = or();
        if (!symbol(")")) {
          throw new SyntaxException("缺少 “)” / missing “)”", at);
        }
        return inner;
      }
      if (c == '\'' || c == '"') {
        int close = s.indexOf(c, at + 1);
        if (close < 0) {
          throw new SyntaxException("文本缺少结束引号 / unterminated text", at);
        }
        String value = s.substring(at + 1, close);
        at = close + 1;
        return new Literal(new Value.Str(value, value, null), s.substring(start, at));
      }
      if (Character.isDigit(c)) {
        while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
          at++;
        }
        String number = s.substring(start, at);
        try {
          return new Literal(Value.Num.of(new BigDecimal(number), null, number, number, List.of()), number);
        } catch (NumberFormatException e) {
          throw new SyntaxException("无效的数字 / not a number: " + number, start);
        }
      }
      if (isNameStart(c)) {
        while (at < s.length() && (isNameChar(s.charAt(at)) || s.charAt(at) == '.' && at + 1 < s.length() && isNameStart(s.charAt(at + 1)))) {
          at++;
        }
        String name = s.substring(start, at);
        if (name.equals("true") || name.equals("false")) {
          return new Literal(new Value.Bool(name.equals("true"), null), name);
        }
        if (symbol("(")) {
          List<Expr> args = new ArrayList<>();
          if (!symbol(")")) {
            do {
              args.add(or());
            } while (symbol(","));
            if (!symbol(")")) {
              throw new SyntaxException("缺少 “)” / missing “)” after the arguments of " + name, at);
            }
          }
          return new Call(name, args, s.substring(start, at));
        }
        return new Name(name, name);
      }
      throw new SyntaxException("无法识别 “" + c + "” / unexpected “" + c + "”", at);
    }

    private static boolean isNameStart(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNameChar(char c) {
      return isNameStart(c) || c >= '0' && c <= '9';
    }
  }
}
