package io.gaokai.lint.core.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An identity between sums of cells, as written in a rule file:
 * {@code total = naturalPerson + commercial} or
 * {@code results.total = results.granted + sum(results.withheld)}. A term is a key or
 * {@code sum(prefix)} (every row whose key is the prefix or starts with {@code prefix.}); terms are
 * joined with {@code +} or {@code -}; one {@code =} separates the sides.
 */
record IdentityExpression(String text, List<Term> left, List<Term> right) {

  /** One term: a key or a prefix sum, with its sign. */
  record Term(String key, boolean sum, boolean negative) {}

  private static final Pattern TERM =
      Pattern.compile("\\s*([+-])?\\s*(?:sum\\(\\s*([A-Za-z][A-Za-z0-9.]*)\\s*\\)|([A-Za-z][A-Za-z0-9.]*))\\s*");

  static IdentityExpression parse(String text) {
    String[] sides = text.split("==?", -1);
    if (sides.length != 2) {
      throw new IllegalArgumentException("an identity needs exactly one “=”");
    }
    return new IdentityExpression(text.strip(), terms(sides[0]), terms(sides[1]));
  }

  private static List<Term> terms(String side) {
    List<Term> out = new ArrayList<>();
    Matcher m = TERM.matcher(side);
    int at = 0;
    while (at < side.length()) {
      if (!m.find(at) || m.start() != at || m.end() == at) {
        if (side.substring(at).isBlank()) {
          break;
        }
        throw new IllegalArgumentException("cannot read “" + side.substring(at).strip() + "”");
      }
      boolean negative = "-".equals(m.group(1));
      if (m.group(1) == null && !out.isEmpty()) {
        throw new IllegalArgumentException("missing “+” or “-” before “" + m.group().strip() + "”");
      }
      out.add(m.group(2) != null ? new Term(m.group(2), true, negative) : new Term(m.group(3), false, negative));
      at = m.end();
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("a side of the identity is empty");
    }
    return out;
  }

  List<Term> terms() {
    List<Term> all = new ArrayList<>(left);
    all.addAll(right);
    return all;
  }
}
