package io.gaokai.lint.core.rules;

import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.OrganKind;
import io.gaokai.lint.core.model.Report;
import java.util.List;
import java.util.Set;

/**
 * When a rule applies: report years (inclusive range), format versions and organ kinds.
 *
 * @param minYear the first report year, or 0
 * @param maxYear the last report year, or 0
 * @param formats the format versions
 * @param organs the organ kinds; empty means any
 */
public record Applicability(int minYear, int maxYear, Set<FormatVersion> formats, Set<OrganKind> organs) {

  /** The default: reports in the 2019 or the 2021 format, any year, any organ. */
  public static final Applicability CURRENT_FORMATS =
      new Applicability(0, 0, Set.of(FormatVersion.V2019, FormatVersion.V2021), Set.of());

  public Applicability {
    formats = Set.copyOf(formats);
    organs = Set.copyOf(organs);
  }

  public boolean appliesTo(Report report) {
    if (!formats.contains(report.format())) {
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

  /** The report year, or when none could be found, the first year of the report's format. */
  static int effectiveYear(Report report) {
    if (report.hasYear()) {
      return report.year();
    }
    return switch (report.format()) {
      case V2021 -> 2021;
      case V2019 -> 2019;
      default -> 0;
    };
  }

  /** Reads {@code years: ">=2021"}, {@code "2019-2020"}, {@code 2021}, {@code formats: [...]}, {@code organs: [...]}. */
  static Applicability parse(YamlNode.Mapping when) throws RuleDefinitionException {
    Options o = new Options(when, Set.of());
    int min = 0;
    int max = 0;
    String years = o.optionalString("years", null);
    if (years != null) {
      String y = years.replace(" ", "");
      try {
        if (y.startsWith(">=")) {
          min = Integer.parseInt(y.substring(2));
        } else if (y.startsWith("<=")) {
          max = Integer.parseInt(y.substring(2));
        } else if (y.matches("\\d{4}-\\d{4}")) {
          min = Integer.parseInt(y.substring(0, 4));
          max = Integer.parseInt(y.substring(5));
        } else {
          min = Integer.parseInt(y);
          max = min;
        }
      } catch (NumberFormatException e) {
        throw o.error("years", "years 应写作 >=2021、<=2020、2019-2020 或 2021 / years must look like >=2021, <=2020, 2019-2020 or 2021");
      }
    }
    Set<FormatVersion> formats = CURRENT_FORMATS.formats();
    List<String> f = o.strings("formats");
    if (!f.isEmpty()) {
      java.util.EnumSet<FormatVersion> set = java.util.EnumSet.noneOf(FormatVersion.class);
      for (String id : f) {
        try {
          set.add(FormatVersion.fromId(id));
        } catch (IllegalArgumentException e) {
          throw o.error("formats", "未知的格式版本 / unknown format version: " + id + " (2019, 2021, pre2019, unknown)");
        }
      }
      formats = set;
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
        throw o.error("organs", "未知的机关类型 / unknown organ kind: " + id + " (government, department)");
      }
      organs.add(kind);
    }
    o.requireAllRead("when");
    return new Applicability(min, max, formats, organs);
  }
}
