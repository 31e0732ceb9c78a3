package io.gaokai.lint.core.parse;

/**
 * The best approximate occurrence of a pattern inside a text (Sellers' algorithm: edit distance
 * against any substring of the text). Used to recognise a table label with a typo, or a label that
 * PDF extraction glued to neighbouring text.
 *
 * @param distance the edit distance between the pattern and the matched substring
 * @param start the start of the matched substring in the text (inclusive)
 * @param end the end of the matched substring in the text (exclusive)
 */
public record ApproximateMatch(int distance, int start, int end) {

  /** Longest pattern and text this works on; longer inputs are cut to keep the cost bounded. */
  static final int MAX_TEXT = 2000;

  /** Finds the best occurrence; ties prefer the occurrence that ends last (nearest the values). */
  public static ApproximateMatch find(String pattern, String text) {
    int offset = 0;
    if (text.length() > MAX_TEXT) {
      offset = text.length() - MAX_TEXT;
      text = text.substring(offset);
    }
    int m = pattern.length();
    int n = text.length();
    if (m == 0) {
      return new ApproximateMatch(0, n, n);
    }
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    int[] prevStart = new int[m + 1];
    int[] curStart = new int[m + 1];
    for (int i = 0; i <= m; i++) {
      prev[i] = i;
      prevStart[i] = 0;
    }
    int best = prev[m];
    int bestEnd = 0;
    int bestStart = 0;
    for (int j = 1; j <= n; j++) {
      cur[0] = 0;
      curStart[0] = j;
      char tc = text.charAt(j - 1);
      for (int i = 1; i <= m; i++) {
        int cost = pattern.charAt(i - 1) == tc ? 0 : 1;
        int sub = prev[i - 1] + cost;
        int del = prev[i] + 1; // text char unmatched
        int ins = cur[i - 1] + 1; // pattern char unmatched
        if (sub <= del && sub <= ins) {
          cur[i] = sub;
          curStart[i] = prevStart[i - 1];
        } else if (ins <= del) {
          cur[i] = ins;
          curStart[i] = curStart[i - 1];
        } else {
          cur[i] = del;
          curStart[i] = prevStart[i];
        }
      }
      if (cur[m] <= best) {
        best = cur[m];
        bestEnd = j;
        bestStart = curStart[m];
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      t = prevStart;
      prevStart = curStart;
      curStart = t;
    }
    return new ApproximateMatch(best, bestStart + offset, bestEnd + offset);
  }

  /** Plain edit distance between two whole strings. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Whether {@code needle}'s characters occur in {@code hay} in order (not necessarily adjacent). */
  public static boolean isSubsequence(String needle, String hay) {
    int i = 0;
    for (int j = 0; j < hay.length() && i < needle.length(); j++) {
      if (hay.charAt(j) == needle.charAt(i)) {
        i++;
      }
    }
    return i == needle.length();
  }
}
