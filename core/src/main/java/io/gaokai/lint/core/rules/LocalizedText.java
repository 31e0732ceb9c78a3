package io.gaokai.lint.core.rules;

import java.util.Map;
import java.util.Objects;

/** A text in Chinese and English. */
public record LocalizedText(String zh, String en) {

  public LocalizedText {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** The same text in both languages (numbers, quoted labels). */
  public static LocalizedText both(Object value) {
    String s = String.valueOf(value);
    return new LocalizedText(s, s);
  }

  public String get(Lang lang) {
    return lang.english() ? en : zh;
  }

  /** Replaces {@code {name}} placeholders with the argument of that name, in each language. */
  public LocalizedText format(Map<String, LocalizedText> args) {
    return new LocalizedText(fill(zh, args, Lang.ZH), fill(en, args, Lang.EN));
  }

  private static String fill(String template, Map<String, LocalizedText> args, Lang lang) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      String name = template.substring(open + 1, close);
      LocalizedText value = args.get(name);
      out.append(template, i, open);
      out.append(value == null ? template.substring(open, close + 1) : value.get(lang));
      i = close + 1;
    }
    return out.toString();
  }
}
