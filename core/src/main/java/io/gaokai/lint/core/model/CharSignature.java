package io.gaokai.lint.core.model;

/**
 * A 512-bit Bloom filter of the characters of a text: each character sets one bit, chosen by a
 * multiplicative hash. A text lacks a character whose bit is clear in its signature; a set bit
 * proves nothing. Searches use it to skip, without reading them, lines that cannot hold what they
 * look for.
 */
public final class CharSignature {

  /** The signature's length in longs. */
  public static final int LONGS = 8;

  private CharSignature() {}

  /** Sets the bit of {@code c} in the signature at {@code signature[offset..offset+LONGS)}. */
  static void set(long[] signature, int offset, char c) {
    int bit = (c * 0x9E3779B1) >>> 23; // 0 to 511
    signature[offset + (bit >>> 6)] |= 1L << bit;
  }

  /** The signature of {@code chars}: a mask for {@link SourceDocument#mayContainAll} and its kin. */
  public static long[] of(CharSequence chars) {
    long[] mask = new long[LONGS];
    for (int i = 0; i < chars.length(); i++) {
      set(mask, 0, chars.charAt(i));
    }
    return mask;
  }

  /** Sets the bits of every character of {@code text} in {@code signature[offset..offset+LONGS)}. */
  static void add(String text, long[] signature, int offset) {
    // an array read is cheaper than charAt in C1-compiled code (the launcher's JIT)
    for (char c : text.toCharArray()) {
      set(signature, offset, c);
    }
  }

  /** Whether the text signed at {@code signature[offset..]} may hold every character of {@code mask}. */
  public static boolean mayContainAll(long[] signature, int offset, long[] mask) {
    for (int i = 0; i < LONGS; i++) {
      if ((signature[offset + i] & mask[i]) != mask[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text signed at {@code signature[offset..]} may hold one of the characters of {@code mask}. */
  public static boolean mayContainAny(long[] signature, int offset, long[] mask) {
    for (int i = 0; i < LONGS; i++) {
      if ((signature[offset + i] & mask[i]) != 0) {
        return true;
      }
    }
    return false;
  }
}
