package io.gaokai.lint.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of GitHub Actions' expression language that action files use: literals, property paths
 * ({@code inputs.fail-on}, {@code steps.lint.outputs.exit-code}), {@code ! == != && ||} and
 * parentheses, and the status functions; with GitHub's rules for them (documented under "Evaluate
 * expressions in workflows and actions"): strings compare ignoring case, {@code ||} and {@code &&}
 * give an operand's value, a missing property is null, and false, 0, '' and null are falsy.
 */
final class ActionsExpression {

  /** What a property path resolves to: a value, or null when the context lacks it. */
  interface Contexts extends Function<List<String>, Object> {}

  private static final Pattern TEMPLATE = Pattern.compile("\\$\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern PROPERTY_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*");

  private final String text;
  private final Contexts contexts;
  private final boolean jobFailed;
  private int pos;

  private ActionsExpression(String text, Contexts contexts, boolean jobFailed) {
    this.text = text;
    this.contexts = contexts;
    this.jobFailed = jobFailed;
  }

  /** The value of one expression (the inside of ${{ }}, or an if: condition). */
  static Object evaluate(String expression, Contexts contexts, boolean jobFailed) {
    ActionsExpression e = new ActionsExpression(expression, contexts, jobFailed);
    Object value = e.or();
    e.skipSpace();
    if (e.pos != e.text.length()) {
      throw new IllegalArgumentException("unexpected '" + e.text.substring(e.pos) + "' in: " + expression);
    }
    return value;
  }

  /**
   * Whether a step runs: its if: (with or without ${{ }}), where a condition without a status
   * function means success() && (condition), and no condition means success().
   */
  static boolean stepRuns(String condition, Contexts contexts, boolean jobFailed) {
    if (condition == null || condition.isBlank()) {
      return !jobFailed;
    }
    String c = condition.strip();
    Matcher whole = Pattern.compile("^\\$\\{\\{(.*)}}$", Pattern.DOTALL).matcher(c);
    if (whole.matches()) {
      c = whole.group(1);
    }
    if (!c.matches("(?s).*\\b(success|failure|always|cancelled)\\s*\\(.*")) {
      c = "success() && (" + c + ")";
    }
    return truthy(evaluate(c, contexts, jobFailed));
  }

  /** A string with each ${{ expression }} replaced by its value as text. */
  static String substitute(String template, Contexts contexts, boolean jobFailed) {
    Matcher m = TEMPLATE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(text(evaluate(m.group(1), contexts, jobFailed))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The expressions in a string: the inside of each ${{ }}. */
  static List<String> expressionsIn(String template) {
    List<String> found = new ArrayList<>();
    Matcher m = TEMPLATE.matcher(template);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** The property paths an expression reads (inputs.x, steps.a.outputs.b, github.action_path). */
  static List<List<String>> propertyPaths(String expression) {
    List<List<String>> paths = new ArrayList<>();
    ActionsExpression e = new ActionsExpression(expression, path -> {
      paths.add(path);
      return null;
    }, false);
    e.or();
    return paths;
  }

  static boolean truthy(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Double d) {
      return d != 0 && !d.isNaN();
    }
    return !v.toString().isEmpty();
  }

  static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
    }
    return v.toString();
  }

  // Grammar: or := and ('||' and)*; and := not ('&&' not)*; not := '!' not | cmp;
  // cmp := primary (('=='|'!=') primary)?; primary := '(' or ')' | literal | call | path.

  private Object or() {
    Object left = and();
    while (eat("||")) {
      Object right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  }

  private Object and() {
    Object left = not();
    while (eat("&&")) {
      Object right = not();
      left = truthy(left) ? right : left;
    }
    return left;
  }

  private Object not() {
    skipSpace();
    if (text.startsWith("!", pos) && !text.startsWith("!=", pos)) {
      pos++;
      return !truthy(not());
    }
    return comparison();
  }

  private Object comparison() {
    Object left = primary();
    if (eat("==")) {
      return equal(left, primary());
    }
    if (eat("!=")) {
      return !equal(left, primary());
    }
    return left;
  }

  private Object primary() {
    skipSpace();
    if (eat("(")) {
      Object v = or();
      expect(")");
      return v;
    }
    if (text.startsWith("'", pos)) {
      StringBuilder s = new StringBuilder();
      pos++;
      while (true) {
        if (pos >= text.length()) {
          throw new IllegalArgumentException("unterminated string in: " + text);
        }
        char c = text.charAt(pos++);
        if (c == '\'') {
          if (text.startsWith("'", pos)) {
            s.append('\'');
            pos++;
            continue;
          }
          return s.toString();
        }
        s.append(c);
      }
    }
    Matcher number = Pattern.compile("-?\\d+(\\.\\d+)?").matcher(text).region(pos, text.length());
    if (number.lookingAt()) {
      pos = number.end();
      return Double.parseDouble(number.group());
    }
    Matcher path = PROPERTY_PATH.matcher(text).region(pos, text.length());
    if (!path.lookingAt()) {
      throw new IllegalArgumentException("unexpected '" + text.substring(pos) + "' in: " + text);
    }
    pos = path.end();
    String name = path.group();
    switch (name) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return null;
      default:
        break;
    }
    if (eat("(")) {
      expect(")");
      return switch (name) {
        case "success" -> !jobFailed;
        case "failure" -> jobFailed;
        case "always" -> true;
        case "cancelled" -> false;
        default -> throw new IllegalArgumentException("function not supported here: " + name);
      };
    }
    return contexts.apply(List.of(name.split("\\.")));
  }

  /** GitHub's ==: same types compare directly (strings ignoring case), others as numbers. */
  private static boolean equal(Object a, Object b) {
    if (a == null && b == null) {
      return true;
    }
    if (a instanceof String x && b instanceof String y) {
      return x.equalsIgnoreCase(y);
    }
    if (a != null && b != null && a.getClass() == b.getClass()) {
      return a.equals(b);
    }
    return number(a) == number(b);
  }

  private static double number(Object v) {
    if (v == null) {
      return 0;
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof Double d) {
      return d;
    }
    String s = v.toString().strip();
    if (s.isEmpty()) {
      return 0;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean eat(String token) {
    skipSpace();
    if (text.startsWith(token, pos)) {
      pos += token.length();
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!eat(token)) {
      throw new IllegalArgumentException("expected '" + token + "' at " + pos + " in: " + text);
    }
  }

  static Contexts contexts(Map<String, Object> root) {
    return path -> {
      Object v = root;
      for (String key : path) {
        if (!(v instanceof Map<?, ?> m)) {
          return null;
        }
        v = m.get(key);
      }
      return v;
    };
  }
}
