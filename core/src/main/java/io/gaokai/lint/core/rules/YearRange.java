package io.gaokai.lint.core.rules;

/** A range of report years as rule and format files write it: {@code >=2021}, {@code <=2018}, {@code 2019-2020}, {@code 2021}. */
final class YearRange {

  private YearRange() {}

  /** {from, to}, 0 where the range is open; an {@link IllegalArgumentException} says what is wrong. */
  static int[] parse(String text) {
    String y = text.replace(" ", "");
    try {
      if (y.startsWith(">=")) {
        return new int[] {Integer.parseInt(y.substring(2)), 0};
      }
      if (y.startsWith("<=")) {
        return new int[] {0, Integer.parseInt(y.substring(2))};
      }
      if (y.matches("\\d{4}-\\d{4}")) {
        return new int[] {Integer.parseInt(y.substring(0, 4)), Integer.parseInt(y.substring(5))};
      }
      int year = Integer.parseInt(y);
      return new int[] {year, year};
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "years 应写作 >=2021、<=2020、2019-2020 或 2021 / years must look like >=2021, <=2020, 2019-2020 or 2021");
    }
  }
}
