package io.gaokai.lint.core.output;

/** Text made safe for XML 1.0: characters XML cannot carry become U+FFFD. */
final class XmlText {

  private XmlText() {}

  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int n = Character.charCount(c);
      boolean allowed =
          c == 0x9 || c == 0xA || c == 0xD
              || c >= 0x20 && c <= 0xD7FF
              || c >= 0xE000 && c <= 0xFFFD
              || c >= 0x10000 && c <= 0x10FFFF;
      if (!allowed && sb == null) {
        sb = new StringBuilder(text.length());
        sb.append(text, 0, i);
      }
      if (sb != null) {
        sb.appendCodePoint(allowed ? c : 0xFFFD);
      }
      i += n;
    }
    return sb == null ? text : sb.toString();
  }
}
