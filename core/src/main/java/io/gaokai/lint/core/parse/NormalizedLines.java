package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.SourceDocument;

/**
 * The normalised form of each line of one document, computed once on first use: the parser looks
 * for anchors, labels and version signals in several passes, and normalising is most of their cost.
 * Belongs to one parse; not shared between threads.
 */
final class NormalizedLines {

  private final SourceDocument doc;
  private final NormalizedText[] lines;

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
}
