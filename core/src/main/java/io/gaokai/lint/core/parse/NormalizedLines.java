package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.SourceDocument;

/**
 * The normalised form of each line of one document, computed once on first use: the parser looks
 * for anchors, labels and version signals in several passes, and normalising is most of their cost.
 * Belongs to one parse; not shared between threads.
 */
final class NormalizedLines {

  /** Bits per line in the ideograph signature: four longs. */
  private static final int SIGNATURE_LONGS = 4;

  private final SourceDocument doc;
  private final NormalizedText[] lines;
  /** Per line, a Bloom filter of its CJK ideographs (SIGNATURE_LONGS longs); computed on first use. */
  private final long[] signatures;
  private final boolean[] signed;

  NormalizedLines(SourceDocument doc) {
    this.doc = doc;
    this.lines = new NormalizedText[doc.lineCount()];
    this.signatures = new long[doc.lineCount() * SIGNATURE_LONGS];
    this.signed = new boolean[doc.lineCount()];
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

  /**
   * Whether normalised line {@code n} contains {@code needle} (itself normalised). CJK ideographs
   * are their own normal form, so a raw line missing one of the needle's ideographs cannot contain
   * it: each line's ideographs are hashed once into a 256-bit signature, and a needle whose
   * ideographs' bits are not all in it is ruled out without normalising or searching the line.
   */
  boolean contains(int n, String needle) {
    int base = (n - 1) * SIGNATURE_LONGS;
    if (!signed[n - 1]) {
      sign(doc.line(n), base);
      signed[n - 1] = true;
    }
    for (int i = 0; i < needle.length(); i++) {
      char c = needle.charAt(i);
      if (isIdeograph(c)) {
        int bit = bit(c);
        if ((signatures[base + (bit >>> 6)] & (1L << bit)) == 0) {
          return false;
        }
      }
    }
    return text(n).contains(needle);
  }

  private void sign(String raw, int base) {
    for (char c : raw.toCharArray()) { // an array read is cheaper than charAt in C1-compiled code
      if (isIdeograph(c)) {
        int bit = bit(c);
        signatures[base + (bit >>> 6)] |= 1L << bit;
      }
    }
  }

  private static boolean isIdeograph(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }

  /** One of 256 bits for an ideograph: a multiplicative hash, so neighbouring code points spread. */
  private static int bit(char c) {
    return (c * 0x9E3779B1) >>> 24;
  }
}
