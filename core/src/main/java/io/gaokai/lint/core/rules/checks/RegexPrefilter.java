package io.gaokai.lint.core.rules.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * A cheap test that a text (a paragraph) cannot contain a match of a regular expression, so the
 * expression's engine runs only on texts that might. RE2/J runs an NFA over every character it is
 * given; the pattern rules' expressions are alternatives of literal words, and almost every
 * paragraph of a report lacks the characters they need. The test is of the whole text the
 * expression is matched against, so it never changes what matches, only what is tried.
 *
 * <p>The expression is read once into the characters each top-level alternative needs: a list of
 * character sets, each of which a match of that alternative must hit ({@code 国务院令第\s*492} needs
 * 国, 务, …; {@code [Xx]{2}} needs one of X, x; {@code (?:19|20)} needs one of 1, 2). A text
 * may match when, for some alternative, it holds a character of every set.
 *
 * <p>The reading is conservative: what it does not understand (flags such as {@code (?i)},
 * {@code \Q…\E}, Unicode classes, characters outside the Basic Multilingual Plane) needs nothing,
 * and an expression it cannot follow at all gets the filter that passes every text. So it never
 * rejects a text the expression would match; {@code RegexPrefilterSoundnessTest} checks that on
 * random expressions.
 */
final class RegexPrefilter {

  /** Sets larger than this are dropped: they would cost more to test than they save. */
  private static final int MAX_SET = 16;

  private static final RegexPrefilter ANY = new RegexPrefilter(null, null);

  /** Per top-level alternative, the sets of characters it needs; null: every text may match. */
  private final char[][][] sets;
  /** The same sets as {@link io.gaokai.lint.core.model.CharSignature} masks, tested first. */
  private final long[][][] masks;
  /** The text of each top-level alternative, when there are several; else null. */
  private final String[] sources;

  private RegexPrefilter(char[][][] sets, String[] sources) {
    this.sources = sources != null && sources.length > 1 ? sources : null;
    // more alternatives than met() has bits: beyond this filter
    this.sets = sets == null || sets.length > 64 ? null : sets;
    if (this.sets == null) {
      masks = null;
      return;
    }
    masks = new long[this.sets.length][][];
    for (int a = 0; a < this.sets.length; a++) {
      masks[a] = new long[this.sets[a].length][];
      for (int i = 0; i < this.sets[a].length; i++) {
        masks[a][i] = io.gaokai.lint.core.model.CharSignature.of(new String(this.sets[a][i]));
      }
    }
  }

  /** The filter for an RE2 expression; the one passing every line when the expression is beyond it. */
  static RegexPrefilter of(String regex) {
    try {
      Parser parser = new Parser(regex);
      List<List<char[]>> alts = parser.alternation();
      if (parser.pos != regex.length()) {
        return ANY;
      }
      String[] sources = new String[alts.size()];
      int from = 0;
      for (int i = 0; i < sources.length; i++) {
        int bar = i < parser.topLevelBars.size() ? parser.topLevelBars.get(i) : regex.length();
        sources[i] = regex.substring(from, bar);
        from = bar + 1;
      }
      char[][][] result = new char[alts.size()][][];
      for (int i = 0; i < alts.size(); i++) {
        if (alts.get(i).isEmpty()) {
          return new RegexPrefilter(null, sources); // an alternative that needs nothing can match any line
        }
        result[i] = alts.get(i).toArray(new char[0][]);
      }
      return new RegexPrefilter(result, sources);
    } catch (Unsupported e) {
      return ANY;
    }
  }

  /** The filter for plain text: every character of it is needed. */
  static RegexPrefilter ofLiteral(String literal) {
    if (literal.isEmpty()) {
      return ANY;
    }
    List<char[]> sets = new ArrayList<>();
    literal.chars().distinct().forEach(c -> sets.add(new char[] {(char) c}));
    return new RegexPrefilter(new char[][][] {sets.toArray(new char[0][])}, null);
  }

  /**
   * The top-level alternatives that may match within {@code text}, as bits (bit i: alternative i);
   * all bits when the expression is beyond this filter. Zero: no match can lie there.
   */
  long met(String text) {
    return met(text, null);
  }

  /**
   * The same, asking first the text's {@link io.gaokai.lint.core.model.CharSignature} (when given)
   * whether it may hold a character of each set, then the text itself for the alternatives it lets through.
   */
  long met(String text, long[] signature) {
    if (sets == null) {
      return -1L;
    }
    long met = 0;
    for (int a = 0; a < sets.length; a++) {
      if ((signature == null || mayHoldAll(signature, masks[a])) && allHeld(sets[a], text)) {
        met |= 1L << a;
      }
    }
    return met;
  }

  private static boolean mayHoldAll(long[] signature, long[][] masks) {
    for (long[] mask : masks) {
      if (!io.gaokai.lint.core.model.CharSignature.mayContainAny(signature, 0, mask)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allHeld(char[][] sets, String line) {
    for (char[] set : sets) {
      if (!holdsOneOf(line, set)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holdsOneOf(String line, char[] set) {
    for (char c : set) {
      if (line.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text of each top-level alternative ({@code a|b|c}: a, b, c) when there are several and the
   * expression was read to its end; null otherwise. A line holds a match of the expression exactly
   * when it holds one of an alternative, and an alternative that starts with a literal lets RE2/J
   * jump between occurrences of it, where the whole expression makes it run its NFA at every
   * character.
   */
  String[] alternatives() {
    return sources == null ? null : sources.clone();
  }

  /** Whether this filter rejects any line at all (false: the expression was beyond it). */
  boolean filters() {
    return sets != null;
  }

  /** The expression uses something this reading does not follow. */
  private static final class Unsupported extends Exception {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * A recursive-descent reading of RE2 syntax that keeps only what a match must contain. Each
   * method returns the sets its piece needs; an empty list means it needs nothing.
   */
  private static final class Parser {
    private final String re;
    private int pos;
    private int depth;
    /** Where the {@code |} between top-level alternatives are. */
    final List<Integer> topLevelBars = new ArrayList<>();

    Parser(String re) throws Unsupported {
      this.re = re;
      for (int i = 0; i < re.length(); i++) {
        if (Character.isSurrogate(re.charAt(i))) {
          throw new Unsupported();
        }
      }
    }

    /** {@code a|b|…} up to a closing parenthesis or the end: per alternative, its sets. */
    List<List<char[]>> alternation() throws Unsupported {
      List<List<char[]>> alts = new ArrayList<>();
      alts.add(sequence());
      while (pos < re.length() && re.charAt(pos) == '|') {
        if (depth == 0) {
          topLevelBars.add(pos);
        }
        pos++;
        alts.add(sequence());
      }
      return alts;
    }

    /** Items one after the other: everything each of them needs. */
    private List<char[]> sequence() throws Unsupported {
      List<char[]> sets = new ArrayList<>();
      while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
        List<char[]> atom = atom();
        int min = quantifierMinimum();
        if (min > 0) {
          for (char[] set : atom) {
            if (set.length <= MAX_SET) {
              sets.add(set);
            }
          }
        }
      }
      return sets;
    }

    /** After an atom: {@code * + ? {n} {n,} {n,m}}, optionally lazy ({@code ?}); the least repetition. */
    private int quantifierMinimum() {
      if (pos >= re.length()) {
        return 1;
      }
      char c = re.charAt(pos);
      int min;
      if (c == '*' || c == '?') {
        min = 0;
        pos++;
      } else if (c == '+') {
        min = 1;
        pos++;
      } else if (c == '{' && repeat() >= 0) {
        min = repeat();
        pos = re.indexOf('}', pos) + 1;
      } else {
        return 1;
      }
      if (pos < re.length() && re.charAt(pos) == '?') {
        pos++; // lazy: the same least repetition
      }
      return min;
    }

    /** The least count of a well-formed {@code {n}}, {@code {n,}} or {@code {n,m}} at pos, else -1. */
    private int repeat() {
      int close = re.indexOf('}', pos);
      if (close < 0) {
        return -1;
      }
      String body = re.substring(pos + 1, close);
      if (!body.matches("[0-9]{1,4}(,[0-9]{0,4})?")) {
        return -1; // RE2 reads a malformed repeat as literal text
      }
      int comma = body.indexOf(',');
      return Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
    }

    private List<char[]> atom() throws Unsupported {
      char c = re.charAt(pos);
      switch (c) {
        case '(' -> {
          return group();
        }
        case '[' -> {
          char[] set = charClass();
          return set == null ? List.of() : List.<char[]>of(set);
        }
        case '\\' -> {
          return escape();
        }
        case '.', '^', '$' -> {
          pos++;
          return List.of();
        }
        case '*', '+', '?', '{' -> {
          if (c == '{' && repeat() < 0) {
            pos++;
            return List.<char[]>of(new char[] {c});
          }
          throw new Unsupported(); // a repetition of nothing: RE2 refuses it anyway
        }
        default -> {
          pos++;
          return List.<char[]>of(new char[] {c});
        }
      }
    }

    /** {@code (…)}, {@code (?:…)}, {@code (?P<name>…)}, {@code (?<name>…)}; flags are beyond it. */
    private List<char[]> group() throws Unsupported {
      pos++;
      if (re.startsWith("?:", pos)) {
        pos += 2;
      } else if (re.startsWith("?P<", pos) || re.startsWith("?<", pos)) {
        int close = re.indexOf('>', pos);
        if (close < 0) {
          throw new Unsupported();
        }
        pos = close + 1;
      } else if (re.startsWith("?", pos)) {
        throw new Unsupported(); // (?i) and other flags change what a literal matches
      }
      depth++;
      List<List<char[]>> alts = alternation();
      depth--;
      if (pos >= re.length() || re.charAt(pos) != ')') {
        throw new Unsupported();
      }
      pos++;
      if (alts.size() == 1) {
        return alts.get(0);
      }
      // One of the alternatives matches: its smallest set, joined over the alternatives, is hit.
      StringBuilder union = new StringBuilder();
      for (List<char[]> alt : alts) {
        char[] smallest = null;
        for (char[] set : alt) {
          if (smallest == null || set.length < smallest.length) {
            smallest = set;
          }
        }
        if (smallest == null) {
          return List.of();
        }
        union.append(smallest);
      }
      return List.of(distinct(union));
    }

    /** {@code \x}: punctuation is itself; classes, assertions and the rest need nothing. */
    private List<char[]> escape() throws Unsupported {
      int c = escapedCharacter();
      return c < 0 ? List.of() : List.<char[]>of(new char[] {(char) c});
    }

    /**
     * Reads the escape at pos, in or out of a class: the punctuation character it stands for, or -1
     * for a class or an assertion ({@code \s \d \w \b \A \z \n \t …}).
     */
    private int escapedCharacter() throws Unsupported {
      if (pos + 1 >= re.length()) {
        throw new Unsupported();
      }
      char e = re.charAt(pos + 1);
      if (e == 'Q' || e == 'x' || e == 'p' || e == 'P' || Character.isDigit(e)) {
        throw new Unsupported(); // quoted runs, hex, Unicode classes, octal: not followed
      }
      pos += 2;
      return isPunctuation(e) ? e : -1;
    }

    /** {@code […]}: its characters when it lists at most a few; null when it needs nothing known. */
    private char[] charClass() throws Unsupported {
      pos++;
      boolean negated = pos < re.length() && re.charAt(pos) == '^';
      if (negated) {
        pos++;
      }
      StringBuilder chars = new StringBuilder();
      boolean open = false; // a class escape (\d, \s, …) or a large range: too many characters
      boolean first = true;
      while (true) {
        if (pos >= re.length()) {
          throw new Unsupported();
        }
        char c = re.charAt(pos);
        if (c == ']' && !first) {
          pos++;
          break;
        }
        first = false;
        if (c == '[' && re.startsWith("[:", pos)) {
          throw new Unsupported(); // [[:alpha:]]
        }
        int lo;
        if (c == '\\') {
          lo = escapedCharacter();
          if (lo < 0) {
            open = true; // \d, \s, \n …
            continue;
          }
        } else {
          pos++;
          lo = c;
        }
        if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
          char hi = re.charAt(pos + 1);
          if (hi == '\\' || hi == '[') {
            throw new Unsupported();
          }
          pos += 2;
          if (hi - lo + 1 > MAX_SET || hi < lo) {
            open = true;
          } else {
            for (int x = lo; x <= hi; x++) {
              chars.append((char) x);
            }
          }
        } else {
          chars.append((char) lo);
        }
      }
      if (negated || open || chars.length() == 0) {
        return null;
      }
      return distinct(chars);
    }

    private static boolean isPunctuation(char c) {
      return c < 0x80 && !Character.isLetterOrDigit(c) && c > ' ';
    }

    private static char[] distinct(CharSequence chars) {
      return chars.chars().distinct().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
          .toString().toCharArray();
    }
  }
}
