package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.model.ExtraRow;
import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.LabelMention;
import io.gaokai.lint.core.model.PartHeading;
import io.gaokai.lint.core.model.PartKind;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.model.TableRow;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckContext;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.OptionSpec;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the elements of the format are there as the format has them (in the manner of Vale's
 * {@code existence} and Spectral's {@code defined}): {@code of} names the elements — the parts, the
 * tables, the rows and headers of each table, rows that are no row of the format, the signature
 * labels of an older or newer version — and {@code expect} what must hold of them: {@code present},
 * {@code absent}, {@code unique} (once each) or {@code ordered} (in the format's order).
 */
public final class PresenceCheck implements Check {

  private final String of;
  private final String expect;
  private final List<String> tables;
  private final String version;

  private PresenceCheck(String of, String expect, List<String> tables, String version) {
    this.of = of;
    this.expect = expect;
    this.tables = tables;
    this.version = version;
  }

  private static final Map<String, List<String>> EXPECTATIONS =
      Map.of(
          "part", List.of("present", "unique", "ordered"),
          "table", List.of("present", "readable"),
          "row", List.of("present"),
          "header", List.of("present"),
          "extraRow", List.of("absent"),
          "versionLabel", List.of("absent"));

  private static final Map<String, Set<String>> PLACEHOLDERS =
      Map.of(
          "part", Set.of("number", "heading", "found", "line"),
          "table", Set.of("table", "rows", "count"),
          "row", Set.of("table", "row", "expected"),
          "header", Set.of("table", "header"),
          "extraRow", Set.of("table", "found", "count"),
          "versionLabel", Set.of("year", "labels", "format", "formatId", "expected", "expectedId", "notice"));

  /** The {@code presence} check kind. */
  public static final class Kind implements CheckKind {
    @Override
    public String type() {
      return "presence";
    }

    @Override
    public String description() {
      return "Elements of the format that must be present (parts, tables, rows, headers), must be absent (rows that are"
          + " no row of the format, labels of another format version), once each, or in the format's order.";
    }

    @Override
    public List<OptionSpec> options() {
      return List.of(
          OptionSpec.choice("of", true, List.of("part", "table", "row", "header", "extraRow", "versionLabel"),
              "The elements: the parts, the tables, the rows or headers of each table, rows with values that match no row"
                  + " of the format, or the signature labels of an older or newer format version than the report's year calls for."),
          OptionSpec.choice("expect", false, List.of("present", "absent", "unique", "ordered", "readable"),
              "What must hold: present (each one is there), absent (none is there), unique (none twice), ordered (in the"
                  + " format's order), readable (for tables: every row's numbers read with certainty; once per table,"
                  + " naming the rows whose numbers ran together). Default: present, or absent for extraRow and versionLabel."),
          OptionSpec.of("table", OptionSpec.Type.STRINGS, false, "The tables (ids of the format) for row, header, table and extraRow; all when absent."),
          OptionSpec.choice("version", false, List.of("older", "newer"),
              "For versionLabel: labels of versions older or newer than the one the report's year calls for."));
    }

    @Override
    public Configured configure(Options options) throws RuleDefinitionException {
      String of = options.choice("of", null, List.copyOf(EXPECTATIONS.keySet()).stream().sorted().toList());
      List<String> allowed = EXPECTATIONS.get(of);
      String expect = options.choice("expect", allowed.get(0), List.of("present", "absent", "unique", "ordered", "readable"));
      if (!allowed.contains(expect)) {
        throw options.error("expect", "of: " + of + " 只能用 expect: " + allowed + " / with of: " + of + ", expect is one of " + allowed);
      }
      List<String> tables = Tables.ids(options);
      String version = options.optionalString("version", null);
      if (of.equals("versionLabel")) {
        version = options.choice("version", null, List.of("older", "newer"));
      } else if (version != null) {
        throw options.error("version", "version 只用于 of: versionLabel / version goes with of: versionLabel");
      }
      return new Configured(new PresenceCheck(of, expect, tables, version), PLACEHOLDERS.get(of));
    }
  }

  @Override
  public void run(CheckContext context, Reporter reporter) {
    Report report = context.report();
    switch (of) {
      case "part" -> parts(report, reporter);
      case "table" -> {
        if (expect.equals("readable")) {
          for (Table t : Tables.found(report, tables)) {
            runTogether(t, reporter);
          }
          return;
        }
        for (TableKind kind : Tables.of(report.definition(), tables)) {
          if (report.table(kind.id()).isEmpty()) {
            reporter.report(whereTableBelongs(report, kind), tableArgs(kind).put("rows", "").put("count", 0).build());
          }
        }
      }
      case "row" -> {
        for (Table t : Tables.found(report, tables)) {
          rowsMissing(t, reporter);
        }
      }
      case "header" -> {
        for (Table t : Tables.found(report, tables)) {
          for (String header : t.missingHeaders()) {
            reporter.report(t.span(), tableArgs(t.kind()).put("header", header).build());
          }
        }
      }
      case "extraRow" -> {
        for (Table t : Tables.found(report, tables)) {
          for (ExtraRow extra : t.extraRows()) {
            boolean unlabelled = extra.label().isEmpty();
            reporter.report(
                extra.span(),
                tableArgs(t.kind())
                    .put("found", unlabelled ? "（无标签）" : extra.label(), unlabelled ? "(no label)" : extra.label())
                    .put("count", extra.cells().size())
                    .build());
          }
        }
      }
      case "versionLabel" -> versionLabels(report, reporter);
      default -> throw new IllegalStateException(of);
    }
  }

  // ---- parts -----------------------------------------------------------------------------------

  private void parts(Report report, Reporter reporter) {
    List<PartHeading> headings = report.headings();
    Map<Integer, PartHeading> first = new HashMap<>();
    for (PartHeading h : headings) {
      first.putIfAbsent(h.kind().number(), h);
    }
    switch (expect) {
      case "present" -> {
        for (PartKind kind : report.definition().parts()) {
          if (!first.containsKey(kind.number())) {
            reporter.report(whereMissing(report, first, kind), partArgs(kind).put("found", "").build());
          }
        }
      }
      case "unique" -> {
        for (PartHeading h : headings) {
          PartHeading f = first.get(h.kind().number());
          if (f != h) {
            reporter.report(h.span(), partArgs(h.kind()).put("found", h.text()).put("line", report.source().toOriginal(f.span()).line()).build());
          }
        }
      }
      default -> {
        int highest = 0;
        List<PartHeading> inOrder = first.values().stream().sorted((a, b) -> Integer.compare(a.span().line(), b.span().line())).toList();
        for (PartHeading h : inOrder) {
          if (h.kind().number() < highest) {
            reporter.report(h.span(), partArgs(h.kind()).put("found", h.text()).build());
          }
          highest = Math.max(highest, h.kind().number());
        }
      }
    }
  }

  static Args partArgs(PartKind kind) {
    return Args.create()
        .put("number", kind.numeral(), String.valueOf(kind.number()))
        .put("heading", kind.heading(), kind.heading() + " (" + kind.englishName() + ")")
        .put("line", 0);
  }

  /**
   * A missing part is reported where it belongs: at the last line with text before the next part
   * present (the end of the part before it), else at the end of the document. Only when nothing
   * stands between the two headings is it the next part's heading.
   */
  private static Span whereMissing(Report report, Map<Integer, PartHeading> first, PartKind kind) {
    int previous = 0;
    for (PartHeading h : first.values()) {
      if (h.kind().number() < kind.number()) {
        previous = Math.max(previous, h.span().line());
      }
    }
    for (PartKind later : report.definition().parts()) {
      if (later.number() > kind.number() && first.containsKey(later.number())) {
        Span next = first.get(later.number()).span();
        Span end = lastTextBefore(report, next.line(), previous);
        return end != null ? end : next;
      }
    }
    Span end = lastTextBefore(report, report.source().lineCount() + 1, previous);
    return end != null ? end : DocumentAnchor.end(report);
  }

  /** The text of the last line with text before line {@code before} and after line {@code after}, or null. */
  private static Span lastTextBefore(Report report, int before, int after) {
    for (int n = before - 1; n > after; n--) {
      Span text = DocumentAnchor.textOf(report.source(), n);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  // ---- tables ----------------------------------------------------------------------------------

  /**
   * Template rows of the report's version that are absent. A row whose counterpart of the other
   * version is there (（六）其他处理 as one row instead of its three items) is a format-version
   * matter, not a missing row.
   */
  private static void rowsMissing(Table table, Reporter reporter) {
    for (RowTemplate missing : table.missingRows()) {
      boolean counterpart =
          table.rows().stream()
              .anyMatch(r -> missing.key().startsWith(r.key() + ".") || r.key().startsWith(missing.key() + "."));
      if (!counterpart) {
        reporter.report(
            table.span(),
            tableArgs(table.kind()).put("row", missing.label(), missing.englishLabel()).put("expected", missing.label()).build());
      }
    }
  }

  /**
   * A table whose rows have numbers run together that come apart more than one way (whole-page
   * text): said once, at its first such row, naming them all.
   */
  private static void runTogether(Table table, Reporter reporter) {
    List<TableRow> rows = table.rows().stream().filter(r -> r.reading() == TableRow.Reading.RUN_TOGETHER).toList();
    if (rows.isEmpty()) {
      return;
    }
    String zh = rows.stream().map(r -> "“" + r.template().label(false) + "”").collect(java.util.stream.Collectors.joining("、"));
    String en = rows.stream().map(r -> "“" + r.template().label(true) + "”").collect(java.util.stream.Collectors.joining(", "));
    TableRow first = rows.get(0);
    Span at = first.cells().isEmpty() ? first.labelSpan() : first.cells().get(0).span();
    reporter.report(at, tableArgs(table.kind()).put("rows", zh, en).put("count", rows.size()).build());
  }

  static Args tableArgs(TableKind kind) {
    return Args.create().put("table", kind.label(false), kind.label(true));
  }

  private static Span whereTableBelongs(Report report, TableKind kind) {
    return report.part(kind.part()).map(p -> p.heading().span()).orElseGet(() -> DocumentAnchor.of(report));
  }

  // ---- format versions -------------------------------------------------------------------------

  /**
   * Labels of an older (or newer) version than the report's year calls for: its signature labels
   * found that the expected version does not print, then the rows read that the expected version
   * lacks and that version has, in the tables that tell the version by rows. One finding for them
   * all, at the first.
   */
  private void versionLabels(Report report, Reporter reporter) {
    FormatVersion expected = report.definition().expectedFor(report.year());
    if (!report.hasYear() || !expected.tables()) {
      return;
    }
    Set<String> labels = new LinkedHashSet<>();
    Span where = null;
    List<String> names = new ArrayList<>();
    for (FormatVersion v : report.definition().tabledVersions()) {
      boolean other = version.equals("older") ? v.fromYear() < expected.fromYear() : v.fromYear() > expected.fromYear();
      if (!other) {
        continue;
      }
      boolean any = false;
      for (LabelMention m : report.signature(v)) {
        if (!expected.signature().contains(m.label())) {
          labels.add(m.label());
          where = where == null ? m.span() : where;
          any = true;
        }
      }
      for (TableKind kind : report.definition().tables()) {
        if (!kind.versionEvidence()) {
          continue;
        }
        for (TableRow row : report.table(kind.id()).map(Table::rows).orElse(List.of())) {
          if (row.template().in(v) && !row.template().in(expected)) {
            labels.add(row.template().evidence());
            where = where == null ? row.labelSpan() : where;
            any = true;
          }
        }
      }
      if (any) {
        names.add(v.id());
      }
    }
    if (!labels.isEmpty()) {
      // the version the labels are nearest to: the latest older one, or the earliest newer one
      FormatVersion shown = null;
      for (String id : names) {
        FormatVersion v = report.definition().version(id).orElseThrow();
        boolean nearer = shown == null
            || (version.equals("older") ? v.fromYear() > shown.fromYear() : v.fromYear() < shown.fromYear());
        shown = nearer ? v : shown;
      }
      reporter.report(
          where,
          Args.create()
              .put("year", String.valueOf(report.year()))
              .put("labels", String.join("、", labels), String.join(", ", labels))
              .put("format", shown.label(false), shown.label(true))
              .put("formatId", shown.id())
              .put("expected", expected.label(false), expected.label(true))
              .put("expectedId", expected.id())
              .put("notice", expected.notice())
              .build());
    }
  }
}
