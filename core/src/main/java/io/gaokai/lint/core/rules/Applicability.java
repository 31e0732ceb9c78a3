package io.gaokai.lint.core.rules;

import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.OrganKind;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.ReportFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When a rule applies: report years (inclusive range), format versions and organ kinds.
 *
 * @param minYear the first report year, or 0
 * @param maxYear the last report year, or 0
 * @param formats the ids of the format versions; empty means every version with the standard tables
 * @param organs the organ kinds; empty means any
 */
public record Applicability(int minYear, int maxYear, Set<String> formats, Set<OrganKind> organs) {

  /** The default: reports in a version of the format that has the standard tables, any year, any organ. */
  public static final Applicability CURRENT_FORMATS = new Applicability(0, 0, Set.of(), Set.of());

  /** Applies to no report (the pseudo-rule of unreadable inputs): no format version has this id. */
  public static final Applicability NEVER = new Applicability(0, 0, Set.of("(none)"), Set.of());

  public Applicability {
    formats = Set.copyOf(formats);
    organs = Set.copyOf(organs);
  }

  public boolean appliesTo(Report report) {
    FormatVersion format = report.format();
    if (formats.isEmpty() ? !format.tables() : !formats.contains(format.id())) {
      return false;
    }
    if (!organs.isEmpty() && !organs.contains(report.organKind())) {
      return false;
    }
    int year = effectiveYear(report);
    if (minYear > 0 && (year == 0 || year < minYear)) {
      return false;
    }
    return maxYear <= 0 || (year != 0 && year <= maxYear);
  }

  /** The report year, or when none could be found, the first year of the report's format version. */
  static int effectiveYear(Report report) {
    if (report.hasYear()) {
      return report.year();
    }
    return report.format().tables() ? report.format().fromYear() : 0;
  }

  /** Reads {@code years: ">=2021"}, {@code "2019-2020"}, {@code 2021}, {@code formats: [...]}, {@code organs: [...]}. */
  static Applicability parse(YamlNode.Mapping when, ReportFormat format) throws RuleDefinitionException {
    Options o = new Options(when, Set.of());
    int min = 0;
    int max = 0;
    String years = o.optionalString("years", null);
    if (years != null) {
      try {
        int[] range = YearRange.parse(years);
        min = range[0];
        max = range[1];
      } catch (IllegalArgumentException e) {
        throw o.error("years", e.getMessage());
      }
    }
    Set<String> formats = new LinkedHashSet<>();
    for (String id : o.strings("formats")) {
      if (format.version(id).isEmpty()) {
        List<String> known = new java.util.ArrayList<>(format.versions().stream().map(FormatVersion::id).toList());
        known.add(FormatVersion.UNKNOWN.id());
        throw o.error("formats", "未知的格式版本 / unknown format version: " + id + "; known: " + known);
      }
      formats.add(id);
    }
    java.util.EnumSet<OrganKind> organs = java.util.EnumSet.noneOf(OrganKind.class);
    for (String id : o.strings("organs")) {
      OrganKind kind = null;
      for (OrganKind k : OrganKind.values()) {
        if (k.id().equals(id)) {
          kind = k;
        }
      }
      if (kind == null) {
        throw o.error("organs", "未知的机关类型 / unknown organ kind: " + id + " (government, department, unknown)");
      }
      organs.add(kind);
    }
    o.requireAllRead("when");
    return new Applicability(min, max, formats, organs);
  }
}
