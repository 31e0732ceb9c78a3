package io.gaokai.lint.core.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name closest to a mistyped one, for "did you mean" hints on unknown rule ids,
 * configuration keys and option values. Close means an edit distance (insertions, deletions,
 * substitutions and swaps of neighbours) of at most a third of the name's length (at least 1, at most
 * 3), ignoring case; of several equally close names one as long as the given one wins (two letters
 * swapped), else the first in {@code known}'s order.
 */
public final class DidYouMean {

  private DidYouMean() {}

  /** The known name closest to {@code given}, if one is close enough. */
  public static Optional<String> closest(String given, Collection<String> known) {
    if (given == null || given.isEmpty()) {
      return Optional.empty();
    }
    String g = given.toLowerCase(Locale.ROOT);
    int limit = Math.min(3, Math.max(1, g.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      if (candidate.equals(given)) {
        return Optional.empty(); // not a mistake
      }
      int d = distance(g, candidate.toLowerCase(Locale.ROOT));
      boolean better = d < bestDistance || d == bestDistance && candidate.length() == given.length() && best.length() != given.length();
      if (d <= limit && better) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** " （是否想写 “x”？）" and " (did you mean “x”?)" for the closest name, or two empty strings. */
  public static String[] hint(String given, Collection<String> known) {
    return closest(given, known)
        .map(s -> new String[] {"（是否想写 “" + s + "”？）", " (did you mean “" + s + "”?)"})
        .orElse(new String[] {"", ""});
  }

  /**
   * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
   * neighbouring characters count one each (case counts; lower-case both to ignore it).
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
