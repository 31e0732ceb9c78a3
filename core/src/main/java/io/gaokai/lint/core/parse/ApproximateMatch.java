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
  static final int MAX_TEXT = 2_000;

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
    char[] p = pattern.toCharArray();
    char[] t = text.toCharArray();
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
      char tc = t[j - 1];
      for (int i = 1; i <= m; i++) {
        int cost = p[i - 1] == tc ? 0 : 1;
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
      int[] swap = prev;
      prev = cur;
      cur = swap;
      swap = prevStart;
      prevStart = curStart;
      curStart = swap;
    }
    return new ApproximateMatch(best, bestStart + offset, bestEnd + offset);
  }

  /**
   * The best match of a beginning of the pattern (at least {@code minLength} characters) that runs
   * to the very end of the text: a label whose tail extraction cut off or moved elsewhere.
   * Among beginnings with the lowest error rate, the longest wins. Null when the pattern is shorter
   * than {@code minLength}.
   *
   * @return distance, start in the text, end (the text's length); and {@link #length} is not kept:
   *     the prefix length is {@code end - start - insertions}, so callers use the distance only
   */
  public static ApproximateMatch prefixAtEnd(String pattern, String text, int minLength) {
    int m = pattern.length();
    if (m < minLength || text.isEmpty()) {
      return null;
    }
    int offset = 0;
    if (text.length() > MAX_TEXT) {
      offset = text.length() - MAX_TEXT;
      text = text.substring(offset);
    }
    int n = text.length();
    char[] p = pattern.toCharArray();
    char[] t = text.toCharArray();
    // D[i][j]: distance of pattern[0..i) against the best substring of text ending at j.
    int[] col = new int[m + 1];
    int[] start = new int[m + 1];
    for (int i = 0; i <= m; i++) {
      col[i] = i;
    }
    for (int j = 1; j <= n; j++) {
      int diag = col[0];
      int diagStart = start[0];
      col[0] = 0;
      start[0] = j;
      char tc = t[j - 1];
      for (int i = 1; i <= m; i++) {
        int up = col[i];
        int upStart = start[i];
        int sub = diag + (p[i - 1] == tc ? 0 : 1);
        int del = up + 1;
        int ins = col[i - 1] + 1;
        if (sub <= del && sub <= ins) {
          col[i] = sub;
          start[i] = diagStart;
        } else if (ins <= del) {
          col[i] = ins;
          start[i] = start[i - 1];
        } else {
          col[i] = del;
          start[i] = upStart;
        }
        diag = up;
        diagStart = upStart;
      }
    }
    int best = -1;
    double bestRate = Double.MAX_VALUE;
    for (int i = minLength; i <= m; i++) {
      double rate = (double) col[i] / i;
      if (rate <= bestRate) {
        bestRate = rate;
        best = i;
      }
    }
    return new ApproximateMatch(col[best], start[best] + offset, n + offset);
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
