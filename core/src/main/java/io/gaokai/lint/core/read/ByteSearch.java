package io.gaokai.lint.core.read;

/** Searches raw input bytes for the markers that close a complete file. */
final class ByteSearch {

  private ByteSearch() {}

  /** Whether the pattern occurs within the last {@code window} bytes of the content. */
  static boolean occursNearEnd(byte[] content, byte[] pattern, int window) {
    int from = Math.max(0, content.length - window);
    for (int i = content.length - pattern.length; i >= from; i--) {
      if (matchesAt(content, pattern, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(byte[] content, byte[] pattern, int offset) {
    for (int j = 0; j < pattern.length; j++) {
      if (content[offset + j] != pattern[j]) {
        return false;
      }
    }
    return true;
  }
}
