package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.LabelMention;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.model.TableRow;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the report uses the format of its year: {@code check: outdated} (2019 labels in a report
 * for 2021 or later), {@code premature} (2021 labels before 2021), {@code pre-2019} (a report in
 * the free structure used before 2019), {@code unrecognised} (no year and no standard table: not
 * recognisably an annual report).
 *
 * <p>Placeholders: {@code year}, {@code labels} (the labels of the other version found),
 * {@code format}.
 */
public final class FormatVersionCheck implements Check {

  private final String aspect;

  private FormatVersionCheck(String aspect) {
    this.aspect = aspect;
  }

  /** The {@code format-version} check kind. */
  public static final class Kind implements CheckKind {
    @Override
    public String type() {
      return "format-version";
    }

    @Override
    public List<String> placeholders() {
      return List.of("year", "labels", "format");
    }

    @Override
    public Check create(Options options) throws RuleDefinitionException {
      return new FormatVersionCheck(options.choice("check", null, List.of("outdated", "premature", "pre-2019", "unrecognised")));
    }
  }

  @Override
  public void run(Report report, Reporter reporter) {
    switch (aspect) {
      case "outdated" -> {
        if (report.year() >= 2021) {
          List<String> labels = new ArrayList<>();
          Span where = null;
          for (LabelMention m : report.labels2019()) {
            labels.add(m.label());
            where = where == null ? m.span() : where;
          }
          TableRow single = report.table(TableKind.APPLICATIONS).flatMap(t -> t.row("results.other")).orElse(null);
          if (single != null) {
            labels.add("（六）其他处理（单行）");
            where = where == null ? single.labelSpan() : where;
          }
          if (!labels.isEmpty()) {
            reporter.report(where, args(report, labels).build());
          }
        }
      }
      case "premature" -> {
        if (report.year() >= 2019 && report.year() <= 2020 && !report.labels2021().isEmpty()) {
          List<String> labels = report.labels2021().stream().map(LabelMention::label).toList();
          reporter.report(report.labels2021().get(0).span(), args(report, labels).build());
        }
      }
      case "pre-2019" -> {
        if (report.format() == FormatVersion.PRE_2019) {
          reporter.report(anchor(report), args(report, List.of()).build());
        }
      }
      case "unrecognised" -> {
        if (report.format() == FormatVersion.UNKNOWN) {
          reporter.report(anchor(report), args(report, List.of()).build());
        }
      }
      default -> throw new IllegalStateException(aspect);
    }
  }

  private static Span anchor(Report report) {
    return DocumentAnchor.of(report);
  }

  private static Args args(Report report, List<String> labels) {
    return Args.create()
        .put("year", report.hasYear() ? String.valueOf(report.year()) : "?")
        .put("labels", String.join("、", labels), String.join(", ", labels))
        .put("format", report.format().label(false), report.format().label(true));
  }
}
