package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.RowTemplate;
import java.util.List;
import java.util.Set;

/**
 * Recognises which template row a label means, tolerating typos, glued neighbour text and labels
 * cut short by extraction. Among acceptable rows it prefers the closest match, then rows of the
 * report's format version, then rows at or after the last one found (tables keep their order),
 * then the longest label. A match is penalised for text left after it: the row's own label stands
 * last, right before the values.
 */
final class RowMatcher {

  /** Share of a label's length that may differ for the label still to be recognised. */
  static final double MAX_ERROR_RATE = 0.34;
  /**
   * What a row of another format version than the report's costs: more than going back in table
   * order (0.002), so that one row written with another version's label (规范性文件 in a 2021 table)
   * does not carry the rows after it into that version.
   */
  static final double OTHER_VERSION = 0.003;

  /** A cut label must keep at least this many characters to be recognised. */
  static final int MIN_PARTIAL_LENGTH = 8;

  private final List<RowTemplate> candidates;
  private final List<String> normalisedLabels;

  RowMatcher(List<RowTemplate> candidates) {
    this.candidates = List.copyOf(candidates);
    this.normalisedLabels = candidates.stream().map(r -> NormalizedText.normalizeTemplate(r.label())).toList();
  }

  /** A recognised row. */
  record Match(RowTemplate row, int index, int distance, boolean cut, int start, int end) {}

  /**
   * The row the label text means, or null.
   *
   * @param text normalised label text
   * @param taken rows already found (not offered again)
   * @param lastIndex template index of the last row found, or -1
   * @param format the format version to prefer
   */
  Match match(String text, Set<RowTemplate> taken, int lastIndex, FormatVersion format) {
    Match exact = exactAtEnd(text, taken, lastIndex, format);
    if (exact != null) {
      return exact;
    }
    Match best = null;
    double bestScore = Double.MAX_VALUE;
    for (int i = 0; i < candidates.size(); i++) {
      RowTemplate row = candidates.get(i);
      if (taken.contains(row)) {
        continue;
      }
      String label = normalisedLabels.get(i);
      if (cannotMatch(label, text)) {
        continue;
      }
      ApproximateMatch m = ApproximateMatch.find(label, text);
      double score = Double.MAX_VALUE;
      int distance = m.distance();
      int start = m.start();
      int end = m.end();
      boolean isCut = false;
      if (distance <= Math.max(1, (int) (label.length() * MAX_ERROR_RATE)) && distance < label.length()) {
        score = (double) distance / label.length();
      }
      ApproximateMatch cut = ApproximateMatch.prefixAtEnd(label, text, MIN_PARTIAL_LENGTH);
      if (cut != null) {
        int seen = cut.end() - cut.start();
        if (seen >= MIN_PARTIAL_LENGTH && seen < label.length() && cut.distance() <= (int) (seen * 0.3)) {
          double partialScore = (double) cut.distance() / seen + 0.05;
          if (partialScore < score) {
            score = partialScore;
            distance = cut.distance();
            isCut = true;
            start = cut.start();
            end = cut.end();
          }
        }
      }
      if (score == Double.MAX_VALUE) {
        continue;
      }
      // A row's own label stands right before its values; text after a match belongs to a
      // label that matched worse (a group label such as （六）其他处理 before a cut item label).
      score += Math.min(0.2, 0.02 * (text.length() - end));
      if (!row.in(format)) {
        score += OTHER_VERSION;
      }
      if (i < lastIndex) {
        score += 0.002;
      }
      score -= label.length() * 0.00001;
      if (score < bestScore) {
        bestScore = score;
        best = new Match(row, i, distance, isCut, start, end);
      }
    }
    return best;
  }

  /**
   * The common case, decided without edit distances: the text ends with a template label exactly
   * (the row's own label, after any group labels). Nothing can score better than that; among such
   * labels the same preferences apply (format version, table order, length).
   */
  private Match exactAtEnd(String text, Set<RowTemplate> taken, int lastIndex, FormatVersion format) {
    Match best = null;
    double bestScore = Double.MAX_VALUE;
    for (int i = 0; i < candidates.size(); i++) {
      RowTemplate row = candidates.get(i);
      String label = normalisedLabels.get(i);
      if (taken.contains(row) || !text.endsWith(label)) {
        continue;
      }
      double score = (row.in(format) ? 0 : OTHER_VERSION) + (i < lastIndex ? 0.002 : 0) - label.length() * 0.00001;
      if (score < bestScore) {
        bestScore = score;
        best = new Match(row, i, 0, false, text.length() - label.length(), text.length());
      }
    }
    return best;
  }

  /**
   * Whether the label cannot be recognised in the text: each of its characters absent from the
   * text costs at least one edit, so when that count alone exceeds what either the whole-label or
   * the cut-label match allows, the dynamic programming is skipped.
   */
  private static boolean cannotMatch(String label, String text) {
    int missing = 0;
    boolean cutPossible = false;
    for (int i = 0; i < label.length(); i++) {
      if (text.indexOf(label.charAt(i)) < 0) {
        missing++;
      }
      int prefix = i + 1;
      if (prefix >= MIN_PARTIAL_LENGTH && missing <= (int) (prefix * 0.3)) {
        cutPossible = true;
      }
    }
    boolean wholePossible = missing <= Math.max(1, (int) (label.length() * MAX_ERROR_RATE));
    return !wholePossible && !cutPossible;
  }
}
