package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.model.OrganKind;
import io.gaokai.lint.core.model.PublicationDate;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.StatisticalPeriod;
import io.gaokai.lint.core.model.YearMention;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The statistical period and the report year: {@code check: missing | not-calendar-year |
 * year-mismatch | body-year | late-publication}.
 *
 * <ul>
 *   <li>{@code missing}: no period sentence;
 *   <li>{@code not-calendar-year}: the stated period is not one whole calendar year;
 *   <li>{@code year-mismatch}: the period is a calendar year, but not the title's year;
 *   <li>{@code body-year}: part 一 speaks mostly of another year than the report year;
 *   <li>{@code late-publication}: a printed publication date after 1月31日 (departments) or
 *       3月31日 (governments) of the following year, or in the wrong year. Option
 *       {@code departmentDeadline} / {@code governmentDeadline} as {@code MM-DD}.
 * </ul>
 *
 * <p>Placeholders: {@code period}, {@code year} (report year), {@code found} (the other year or
 * date), {@code deadline}.
 */
public final class PeriodCheck implements Check {

  private final String aspect;
  private final MonthDay departmentDeadline;
  private final MonthDay governmentDeadline;

  private PeriodCheck(String aspect, MonthDay departmentDeadline, MonthDay governmentDeadline) {
    this.aspect = aspect;
    this.departmentDeadline = departmentDeadline;
    this.governmentDeadline = governmentDeadline;
  }

  /** The {@code period} check kind. */
  public static final class Kind implements CheckKind {
    @Override
    public String type() {
      return "period";
    }

    @Override
    public List<String> placeholders() {
      return List.of("period", "year", "found", "deadline");
    }

    @Override
    public Check create(Options options) throws RuleDefinitionException {
      String aspect = options.choice(
          "check", null, List.of("missing", "not-calendar-year", "year-mismatch", "body-year", "late-publication"));
      return new PeriodCheck(
          aspect, monthDay(options, "departmentDeadline", "01-31"), monthDay(options, "governmentDeadline", "03-31"));
    }

    private static MonthDay monthDay(Options options, String key, String fallback) throws RuleDefinitionException {
      String s = options.optionalString(key, fallback);
      try {
        return MonthDay.parse("--" + s);
      } catch (java.time.format.DateTimeParseException e) {
        throw options.error(key, key + " 应写作 MM-DD / " + key + " must look like MM-DD");
      }
    }
  }

  @Override
  public void run(Report report, Reporter reporter) {
    StatisticalPeriod period = report.period();
    switch (aspect) {
      case "missing" -> {
        if (period == null) {
          reporter.report(DocumentAnchor.of(report), args(report).build());
        }
      }
      case "not-calendar-year" -> {
        if (period != null && !isSomeCalendarYear(period)) {
          reporter.report(period.span(), args(report).build());
        }
      }
      case "year-mismatch" -> {
        if (period != null && isSomeCalendarYear(period) && report.hasYear() && period.startYear() != report.year()) {
          reporter.report(period.span(), args(report).put("found", period.startYear()).build());
        }
      }
      case "body-year" -> bodyYear(report, reporter);
      case "late-publication" -> latePublication(report, reporter);
      default -> throw new IllegalStateException(aspect);
    }
  }

  private static boolean isSomeCalendarYear(StatisticalPeriod p) {
    return p.start() != null && p.isCalendarYear(p.start().getYear());
  }

  private static void bodyYear(Report report, Reporter reporter) {
    if (!report.hasYear()) {
      return;
    }
    List<YearMention> years = report.overviewYears();
    // counted once, not per mention: a hostile line holds hundreds of thousands of them
    Map<Integer, Long> counts = years.stream().collect(Collectors.groupingBy(YearMention::year, Collectors.counting()));
    long same = counts.getOrDefault(report.year(), 0L);
    for (YearMention y : years) {
      long count = counts.get(y.year());
      if (y.year() != report.year() && count >= 2 && count > same) {
        reporter.report(y.span(), args(report).put("found", y.year()).build());
        return;
      }
    }
  }

  private void latePublication(Report report, Reporter reporter) {
    PublicationDate published = report.publicationDate();
    if (published == null || !report.hasYear()) {
      return;
    }
    MonthDay deadline = report.organKind() == OrganKind.DEPARTMENT ? departmentDeadline : governmentDeadline;
    LocalDate due = deadline.atYear(report.year() + 1);
    LocalDate date = published.date();
    if (date.isAfter(due) || date.getYear() <= report.year()) {
      reporter.report(
          published.span(),
          args(report).put("found", date.toString()).put("deadline", due.toString()).build());
    }
  }

  private static Args args(Report report) {
    StatisticalPeriod p = report.period();
    return Args.create()
        .put("period", p == null ? "" : p.text())
        .put("year", report.hasYear() ? String.valueOf(report.year()) : "?")
        .put("found", "")
        .put("deadline", "");
  }
}
