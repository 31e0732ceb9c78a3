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
    StringBuilder out = new StringBuilder(original.length());
    int[] cols = new int[original.length() * 2 + 4];
    int column = base;
    int i = 0;
    while (i < original.length()) {
      int cp = original.codePointAt(i);
      String folded = isStable(cp) ? null : Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
      if (folded == null) {
        char c = (char) cp;
        if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || isDropped(c))) {
          if (c == ',') {
            c = out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1)) ? '.' : ',';
          }
          if (out.length() == cols.length) {
            cols = java.util.Arrays.copyOf(cols, cols.length * 2);
          }
          cols[out.length()] = column;
          out.append(c);
        }
        column++;
        i++;
        continue;
      }
      for (int k = 0; k < folded.length(); k++) {
        char c = folded.charAt(k);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isDropped(c)) {
          continue;
        }
        if (c == '、' || c == ',' || c == '．') {
          c = out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1)) ? '.' : ',';
        }
        if (out.length() == cols.length) {
          cols = java.util.Arrays.copyOf(cols, cols.length * 2);
        }
        cols[out.length()] = column;
        out.append(c);
      }
      column++;
      i += Character.charCount(cp);
    }
    return new NormalizedText(out.toString(), java.util.Arrays.copyOf(cols, out.length()));
  }

  /** ASCII and CJK unified ideographs are their own NFKC form: no need to ask the normaliser. */
  private static boolean isStable(int cp) {
    return cp < 0x80 || (cp >= 0x4E00 && cp <= 0x9FFF);
  }

  /** The normalised form only. */
  public static String normalize(String s) {
    return of(s).text();
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
