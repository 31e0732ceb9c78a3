package io.gaokai.lint.core.rules.checks;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Refuses a regular expression whose nested counted repetitions multiply past what RE2 allows:
 * {@code (a{1000}){1000}} compiles to a million instructions and some hundred megabytes in RE2/J,
 * which accepts it, where RE2 itself refuses any nesting whose counts multiply past 1,000 ("bad
 * repetition operator"). A rule file is refused at load time instead of taking the process's
 * memory when it runs.
 */
final class RegexSize {

  /** The largest product of nested repetition counts allowed, as in RE2. */
  static final int MAX_REPEAT = 1000;

  private RegexSize() {}

  /** Null when the expression is within the limit; else what is wrong, in Chinese and English. */
  static String problem(String regex) {
    // per open group: the largest product of counts within it so far
    Deque<long[]> groups = new ArrayDeque<>();
    groups.push(new long[] {1});
    long lastAtom = 1; // the product within the last atom (a group's inside, or 1)
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      switch (c) {
        case '\\' -> {
          i += escapeLength(regex, i);
          lastAtom = 1;
          continue;
        }
        case '[' -> {
          i = classEnd(regex, i);
          lastAtom = 1;
          continue;
        }
        case '(' -> {
          groups.push(new long[] {1});
          i++;
          continue;
        }
        case ')' -> {
          if (groups.size() > 1) {
            lastAtom = groups.pop()[0];
            groups.peek()[0] = Math.max(groups.peek()[0], lastAtom);
          }
          i++;
          continue;
        }
        case '{' -> {
          int end = regex.indexOf('}', i);
          long count = end < 0 ? -1 : count(regex.substring(i + 1, end));
          if (count >= 0) {
            long product = lastAtom * Math.max(1, count);
            if (product > MAX_REPEAT) {
              return "正则表达式中嵌套的重复次数相乘为 " + product + "，超过 " + MAX_REPEAT + "（第 " + (i + 1) + " 个字符）/ nested repetition counts multiply to "
                  + product + ", over " + MAX_REPEAT + " (at character " + (i + 1) + "): the expression would compile too large";
            }
            groups.peek()[0] = Math.max(groups.peek()[0], product);
            lastAtom = product;
            i = end + 1;
            continue;
          }
          lastAtom = 1;
          i++;
          continue;
        }
        case '*', '+', '?', '|' -> {
          i++;
          continue;
        }
        default -> {
          lastAtom = 1;
          i++;
        }
      }
    }
    return null;
  }

  /** The larger count of {@code n}, {@code n,} or {@code n,m}; -1 when the braces hold no count (a literal brace). */
  private static long count(String inside) {
    if (!inside.matches("\\d{1,9}(,\\d{0,9})?")) {
      return -1;
    }
    String[] parts = inside.split(",", -1);
    long n = Long.parseLong(parts[0]);
    return parts.length > 1 && !parts[1].isEmpty() ? Math.max(n, Long.parseLong(parts[1])) : n;
  }

  /** How many characters the escape at {@code i} takes: \x, \p{…}, \x{…}. */
  private static int escapeLength(String regex, int i) {
    if (i + 1 >= regex.length()) {
      return 1;
    }
    char next = regex.charAt(i + 1);
    if ((next == 'p' || next == 'P' || next == 'x') && i + 2 < regex.length() && regex.charAt(i + 2) == '{') {
      int close = regex.indexOf('}', i + 2);
      return close < 0 ? regex.length() - i : close - i + 1;
    }
    return 2;
  }

  /** The index after the character class that opens at {@code i}. */
  private static int classEnd(String regex, int i) {
    int k = i + 1;
    if (k < regex.length() && regex.charAt(k) == '^') {
      k++;
    }
    if (k < regex.length() && regex.charAt(k) == ']') {
      k++;
    }
    while (k < regex.length() && regex.charAt(k) != ']') {
      k += regex.charAt(k) == '\\' ? 2 : 1;
    }
    return Math.min(regex.length(), k + 1);
  }
}
