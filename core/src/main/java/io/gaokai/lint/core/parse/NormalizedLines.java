package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.CharSignature;
import io.gaokai.lint.core.model.SourceDocument;

/**
 * The normalised form of each line of one document, computed once on first use: the parser looks
 * for anchors, labels and version signals in several passes, and normalising is most of their cost.
 * Belongs to one parse; not shared between threads.
 */
final class NormalizedLines {

  private final SourceDocument doc;
  private final NormalizedText[] lines;
  /** The {@link #ideographs} of each needle asked for, computed once per parse. */
  private final java.util.Map<String, long[]> needles = new java.util.HashMap<>();

  NormalizedLines(SourceDocument doc) {
    this.doc = doc;
    this.lines = new NormalizedText[doc.lineCount()];
  }

  /** The normalised line {@code n} (1-based), with its map back to columns. */
  NormalizedText get(int n) {
    NormalizedText t = lines[n - 1];
    if (t == null) {
      t = NormalizedText.of(doc.line(n));
      lines[n - 1] = t;
    }
    return t;
  }

  /** The normalised text of line {@code n}. */
  String text(int n) {
    return get(n).text();
  }

  int count() {
    return lines.length;
  }

  /** Whether normalised line {@code n} contains {@code needle} (itself normalised). */
  boolean contains(int n, String needle) {
    return contains(n, needle, needles.computeIfAbsent(needle, NormalizedLines::ideographs));
  }

  /**
   * Whether normalised line {@code n} contains {@code needle}, whose {@link #ideographs} are
   * {@code needleIdeographs}. CJK ideographs are their own normal form, so a raw line missing one of
   * the needle's cannot contain it: the document's line signatures rule most lines out without
   * normalising or searching them.
   */
  boolean contains(int n, String needle, long[] needleIdeographs) {
    return doc.mayContainAll(n, needleIdeographs) && text(n).contains(needle);
  }

  /** The {@link CharSignature} of the CJK ideographs of {@code text}. */
  static long[] ideographs(String text) {
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x4E00 && c <= 0x9FFF) {
        kept.append(c);
      }
    }
    return CharSignature.of(kept);
  }
}
