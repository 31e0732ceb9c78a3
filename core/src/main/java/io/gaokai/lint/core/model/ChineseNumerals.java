package io.gaokai.lint.core.model;

import java.util.List;

/** The Chinese numerals that number headings: 一 to 十. */
public final class ChineseNumerals {

  public static final List<String> ALL = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

  private ChineseNumerals() {}

  /** The numeral of {@code n} (1 to 10), or the digits for a larger number. */
  public static String of(int n) {
    return n >= 1 && n <= ALL.size() ? ALL.get(n - 1) : String.valueOf(n);
  }

  /** The value of a numeral char (一 to 十), or 0. */
  public static int valueOf(char c) {
    return "一二三四五六七八九十".indexOf(c) + 1;
  }

  /** The value of a numeral, or 0. */
  public static int valueOf(String numeral) {
    return ALL.indexOf(numeral) + 1;
  }
}
