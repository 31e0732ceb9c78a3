package io.gaokai.lint.core.model;

import java.time.LocalDate;

/**
 * The statistical period the report states, e.g. 自2023年1月1日起至2023年12月31日止.
 *
 * @param start the first day (null when the date does not exist, e.g. 2月30日)
 * @param end the last day (null when the date does not exist)
 * @param text the sentence part that states it
 * @param span where it is
 */
public record StatisticalPeriod(LocalDate start, LocalDate end, String text, Span span) {

  /** Whether the period is exactly the calendar year {@code year}. */
  public boolean isCalendarYear(int year) {
    return start != null
        && end != null
        && start.equals(LocalDate.of(year, 1, 1))
        && end.equals(LocalDate.of(year, 12, 31));
  }

  /** The year the period starts in, or 0. */
  public int startYear() {
    return start == null ? 0 : start.getYear();
  }
}
