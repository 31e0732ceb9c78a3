package io.gaokai.lint.core.parse;

import java.text.Normalizer;

/**
 * Text reduced to what matters when comparing labels, with a map back to the original: NFKC
 * (full-width to half-width), no white space, no quotation marks or bullets, enumeration commas
 * unified ({@code 1、} and {@code 1，} become {@code 1.}; {@code 、} becomes {@code ,}).
 *
 * @param text the normalised text
 * @param sourceColumns for each char of {@code text}, the 0-based code point column it came from
 */
public record NormalizedText(String text, int[] sourceColumns) {

  /** Normalises a whole string, mapping back to code point columns of {@code original}. */
  public static NormalizedText of(String original) {
    return of(original, 0);
  }

  /** Normalises {@code original}, whose first code point sits at 0-based column {@code base}. */
  public static NormalizedText of(String original, int base) {
    Builder out = new Builder(original.length());
    int column = base;
    int i = 0;
    while (i < original.length()) {
      int cp = original.codePointAt(i);
      if (isStable(cp)) {
        out.append((char) cp, column);
      } else {
        String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        for (int k = 0; k < folded.length(); k++) {
          out.append(folded.charAt(k), column);
        }
      }
      column++;
      i += Character.charCount(cp);
    }
    return out.build();
  }

  /** Appends folded characters, dropping and unifying as the class describes. */
  private static final class Builder {
    private final StringBuilder text;
    private int[] columns;

    Builder(int capacity) {
      text = new StringBuilder(capacity);
      columns = new int[capacity + 4];
    }

    void append(char c, int column) {
      if (c >= 0x4E00 && c <= 0x9FFF) {
        put(c, column);
        return;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isDropped(c)) {
        return;
      }
      if (c == '、' || c == ',' || c == '．') {
        c = text.length() > 0 && Character.isDigit(text.charAt(text.length() - 1)) ? '.' : ',';
      }
      put(c, column);
    }

    private void put(char c, int column) {
      if (text.length() == columns.length) {
        columns = java.util.Arrays.copyOf(columns, columns.length * 2);
      }
      columns[text.length()] = column;
      text.append(c);
    }

    NormalizedText build() {
      return new NormalizedText(text.toString(), java.util.Arrays.copyOf(columns, text.length()));
    }
  }

  /** ASCII and CJK unified ideographs are their own NFKC form: no need to ask the normaliser. */
  private static boolean isStable(int cp) {
    return cp < 0x80 || (cp >= 0x4E00 && cp <= 0x9FFF);
  }

  /** Whether {@code s} is all ASCII and CJK unified ideographs, and so its own NFKC form. */
  static boolean isStable(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isStable(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The normalised form only. */
  public static String normalize(String s) {
    return of(s).text();
  }

  private static final java.util.Map<String, String> TEMPLATE_TEXTS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@link #normalize} of a fixed text of the national template (a row label, a header), computed
   * once per run instead of once per report. Never for document text: the cache is never emptied.
   */
  static String normalizeTemplate(String templateText) {
    return TEMPLATE_TEXTS.computeIfAbsent(templateText, NormalizedText::normalize);
  }

  /** Quotes, bullets (Word's private-use bullets in PDF text too) and zero-width characters. */
  private static boolean isDropped(char c) {
    if (c >= '\uE000' && c <= '\uF8FF') {
      return true;
    }
    switch (c) {
      case '"':
      case '\'':
      case '“':
      case '”':
      case '‘':
      case '’':
      case '「':
      case '」':
      case '『':
      case '』':
      case '•':
      case '●':
      case '·':
      case '\uFEFF':
      case '\u200B':
        return true;
      default:
        return false;
    }
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  public int length() {
    return text.length();
  }
}
