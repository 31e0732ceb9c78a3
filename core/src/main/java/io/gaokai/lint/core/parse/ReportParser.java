package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.ExtraRow;
import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.LabelMention;
import io.gaokai.lint.core.model.Part;
import io.gaokai.lint.core.model.PartHeading;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.ReportFormat;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.StatisticalPeriod;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.model.TableRow;
import io.gaokai.lint.core.model.TextView;
import io.gaokai.lint.core.model.Title;
import io.gaokai.lint.core.model.YearMention;
import io.gaokai.lint.core.model.YearSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the {@link Report} model from the text a reader produced, against a {@link ReportFormat}:
 * the format says which headings, tables, rows and labels there are; this class only knows how
 * they are laid out in extracted text. Stateless and thread-safe.
 */
public final class ReportParser {

  private final ReportFormat format;
  private final HeadingFinder headingFinder;
  private final DocumentFacts facts;
  private final WholePageText wholePage;
  /** Signature labels of each version, normalised once. */
  private final Map<String, List<String>> signatures = new LinkedHashMap<>();

  public ReportParser(ReportFormat format) {
    this.format = format;
    List<String> tableLabels = new ArrayList<>();
    for (TableKind t : format.tables()) {
      t.rows().forEach(r -> tableLabels.add(r.label()));
      t.groups().values().forEach(g -> tableLabels.add(g.label()));
    }
    this.headingFinder = new HeadingFinder(format.parts(), tableLabels);
    this.facts = new DocumentFacts(format.words());
    this.wholePage = new WholePageText(format);
    for (FormatVersion v : format.versions()) {
      signatures.put(v.id(), v.signature());
    }
  }

  /** The title among the first lines of a document, without parsing the rest, or null. */
  public Title title(SourceDocument doc) {
    return facts.title(doc, Math.min(doc.lineCount(), TITLE_LINES));
  }

  /** How many lines a title is looked for in by {@link #title}. */
  private static final int TITLE_LINES = 12;

  public ReportFormat format() {
    return format;
  }

  /**
   * The report in {@code read}; when it came as whole-page text, the report's {@link Report#source}
   * is the text cut into pieces, which {@link SourceDocument#toOriginal} maps back.
   */
  public Report parse(SourceDocument read) {
    SourceDocument doc = wholePage.unfold(read);
    List<PartHeading> headings = headingFinder.find(doc);
    List<Part> parts = parts(doc, headings);
    int firstHeading = headings.isEmpty() ? Math.min(doc.lineCount(), 12) : headings.get(0).span().line();
    Title title = facts.title(doc, Math.max(firstHeading, 1));
    List<StatisticalPeriod> periods = facts.periods(doc);
    StatisticalPeriod period = periods.isEmpty() ? null : periods.get(0);
    List<YearMention> overviewYears = overviewYears(doc, parts, headings);

    int year;
    YearSource yearSource;
    if (title != null) {
      year = title.year();
      yearSource = YearSource.TITLE;
    } else if (period != null && period.startYear() > 0) {
      year = period.startYear();
      yearSource = YearSource.PERIOD;
    } else {
      year = dominantYear(overviewYears);
      yearSource = year > 0 ? YearSource.BODY : YearSource.NONE;
    }

    NormalizedLines normalized = new NormalizedLines(doc);
    Map<String, List<LabelMention>> found = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : signatures.entrySet()) {
      found.put(e.getKey(), DocumentFacts.labels(doc, normalized, e.getValue()));
    }

    // Tables that tell the version by their rows are read first (preferring the latest version's
    // rows where labels tie); the others are read once the version is known.
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, int[]> ranges = new HashMap<>();
    Map<String, RowTableReader.Result> evidence = new LinkedHashMap<>();
    FormatVersion preference = latestTabled();
    for (TableKind kind : format.tables()) {
      if (kind.versionEvidence() && !kind.blocks()) {
        int[] range = rowTableRange(doc, normalized, headings, kind, ranges);
        if (range != null) {
          ranges.put(kind.id(), range);
          evidence.put(kind.id(), new RowTableReader(doc, kind.rows(), preference, kind.lastRow(), kind.rowTotal()).read(range[0], range[1]));
        }
      }
    }
    FormatVersion version = version(doc, normalized, year, found, evidence);
    // an untabled or unknown version's report is measured against the latest tables
    FormatVersion tableVersion = version.tables() ? version : latestTabled();
    int previousEnd = 0;
    for (TableKind kind : format.tables()) {
      if (kind.blocks()) {
        int from = Math.max(previousEnd + 1, firstHeadingLine(headings, kind.part()));
        Table t = blocksTable(doc, normalized, headings, kind, from);
        if (t != null) {
          tables.put(kind.id(), t);
          previousEnd = t.lastLine();
        }
        continue;
      }
      int[] range = ranges.containsKey(kind.id()) ? ranges.get(kind.id()) : rowTableRange(doc, normalized, headings, kind, ranges);
      if (range == null) {
        continue;
      }
      ranges.put(kind.id(), range);
      RowTableReader.Result r = evidence.containsKey(kind.id())
          ? evidence.get(kind.id())
          : new RowTableReader(doc, kind.rows(), version, kind.lastRow(), kind.rowTotal()).read(range[0], range[1]);
      List<String> missing = kind.headersAreColumns()
          ? missingColumnHeaders(kind, r)
          : missingHeaders(regionText(normalized, range[0], range[1]), kind.headers(tableVersion));
      List<TableRow> rows = kind.versionEvidence() ? r.rows() : asVersionRows(r.rows(), kind.rows(tableVersion));
      Table t = new Table(
          kind, doc.span(range[0], 1, 1), Math.max(range[0], r.lastLine()), kind.rows(tableVersion), rows, r.extraRows(), missing);
      tables.put(kind.id(), t);
      previousEnd = Math.max(previousEnd, t.lastLine());
    }
    TextView text = textView(doc, headings, parts, tables, ranges);
    return new Report(
        doc,
        format,
        title,
        year,
        yearSource,
        facts.organKind(title),
        version,
        found,
        headings,
        parts,
        period,
        periods,
        facts.publicationDate(doc),
        overviewYears,
        tables,
        text,
        DisableComments.find(doc, headings));
  }

  private FormatVersion latestTabled() {
    FormatVersion best = FormatVersion.UNKNOWN;
    for (FormatVersion v : format.tabledVersions()) {
      if (best == FormatVersion.UNKNOWN || v.fromYear() >= best.fromYear()) {
        best = v;
      }
    }
    return best;
  }

  /**
   * The format version: a year before every tabled version decides alone; else the version with
   * the most evidence (its signature labels found, and one more where rows only it has were read);
   * where that ties, a marker of an untabled version when nothing was found, else the year's.
   */
  private FormatVersion version(
      SourceDocument doc,
      NormalizedLines normalized,
      int year,
      Map<String, List<LabelMention>> found,
      Map<String, RowTableReader.Result> evidence) {
    FormatVersion expected = format.expectedFor(year);
    if (year > 0 && expected != FormatVersion.UNKNOWN && !expected.tables()) {
      return expected;
    }
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (FormatVersion v : format.tabledVersions()) {
      int score = found.getOrDefault(v.id(), List.of()).size();
      boolean onlyHere = false;
      for (RowTableReader.Result r : evidence.values()) {
        for (TableRow row : r.rows()) {
          onlyHere |= row.template().versions().size() == 1 && row.template().in(v);
        }
      }
      scores.put(v.id(), score + (onlyHere ? 1 : 0));
    }
    int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<String> leaders = scores.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
    if (leaders.size() == 1) {
      return format.version(leaders.get(0)).orElseThrow();
    }
    if (best == 0 && evidence.isEmpty()) {
      for (FormatVersion v : format.versions()) {
        if (!v.tables() && v.markers().stream().anyMatch(m -> mentions(normalized, m))) {
          return v;
        }
      }
    }
    if (year > 0 && expected != FormatVersion.UNKNOWN) {
      return expected;
    }
    return best == 0 ? FormatVersion.UNKNOWN : latestTabled();
  }

  private static boolean mentions(NormalizedLines normalized, String phrase) {
    String wanted = NormalizedText.normalizeTemplate(phrase);
    for (int n = 1; n <= normalized.count(); n++) {
      if (normalized.contains(n, wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lines of a labelled table: from the first line holding one of its start phrases to the line
   * before the next heading of a later part, and before a later table already placed.
   */
  private static int[] rowTableRange(
      SourceDocument doc, NormalizedLines normalized, List<PartHeading> headings, TableKind kind, Map<String, int[]> placed) {
    List<String> anchors = kind.start().stream().map(NormalizedText::normalizeTemplate).toList();
    int start = -1;
    for (int n = 1; n <= doc.lineCount() && start < 0; n++) {
      for (String a : anchors) {
        if (normalized.contains(n, a)) {
          start = n;
          break;
        }
      }
    }
    if (start < 0) {
      return null;
    }
    int end = nextHeadingLine(doc, headings, start, kind.part() + 1);
    for (int[] other : placed.values()) {
      if (other[0] > start) {
        end = Math.min(end, other[0] - 1);
      }
    }
    return new int[] {start, end};
  }

  /**
   * A blocks table (table 四): from the first non-heading line at or after {@code from} that holds
   * one of its start phrases (PDF extraction may wrap the header cell: 行政复 / 议) to the next
   * heading of a later part; null when none is there or what is there is no table.
   */
  private static Table blocksTable(
      SourceDocument doc, NormalizedLines normalized, List<PartHeading> headings, TableKind kind, int from) {
    Set<Integer> headingLines = headings.stream().map(h -> h.span().line()).collect(Collectors.toSet());
    List<String> anchors = kind.start().stream().map(NormalizedText::normalizeTemplate).toList();
    int[] range = null;
    for (int n = Math.max(1, from); n <= doc.lineCount() && range == null; n++) {
      if (headingLines.contains(n)) {
        continue;
      }
      for (String a : anchors) {
        if (normalized.contains(n, a)) {
          range = new int[] {n, nextHeadingLine(doc, headings, n, kind.part() + 1)};
          break;
        }
      }
    }
    if (range == null) {
      return null;
    }
    RowTemplate template = kind.rows().get(0);
    List<String> headerWords = new ArrayList<>(kind.headers(FormatVersion.UNKNOWN));
    kind.outcomes().forEach(o -> headerWords.add(o.label()));
    ReviewTableReader.Result review = new ReviewTableReader(doc, template, headerWords, kind.rowTotal()).read(range[0], range[1]);
    if (!isBlocksTable(kind, review)) {
      return null;
    }
    String header = review.headerText().replaceAll("\\s+", "");
    List<String> missing = new ArrayList<>();
    for (String label : kind.headers(FormatVersion.UNKNOWN)) {
      if (!ApproximateMatch.isSubsequence(label, header)) {
        missing.add(label);
      }
    }
    int blocks = template.width() / Math.max(1, kind.outcomes().size());
    for (TableKind.Outcome outcome : kind.outcomes()) {
      if (occurrences(header, outcome.word()) < blocks) {
        missing.add(outcome.label());
      }
    }
    List<TableRow> rows = review.row() == null ? List.of() : List.of(review.row());
    return new Table(kind, review.headerSpan(), review.lastLine(), List.of(template), rows, review.extraRows(), missing);
  }

  /**
   * Whether what was read where a blocks table should be is a table: it has values, or its header
   * holds a word only the table uses. A sentence such as 本年度未发生行政复议、行政诉讼 names the
   * start phrase but is no table; taking it for one would report a table without rows instead of
   * a missing table.
   */
  private static boolean isBlocksTable(TableKind kind, ReviewTableReader.Result review) {
    if (review.row() != null || !review.extraRows().isEmpty()) {
      return true;
    }
    String header = NormalizedText.normalize(review.headerText());
    return kind.tableWords().stream().anyMatch(header::contains);
  }

  /**
   * A row recognised by another version's label (规范性文件, the 2019 label, in a 2021 report) is
   * the report's version's row of the same key and width, with its label differing: a label
   * difference, never a missing row. Tables that tell the version by their rows keep them as read.
   */
  private static List<TableRow> asVersionRows(List<TableRow> rows, List<RowTemplate> versionRows) {
    List<TableRow> out = new ArrayList<>(rows.size());
    for (TableRow row : rows) {
      RowTemplate own = null;
      if (!versionRows.contains(row.template())) {
        for (RowTemplate t : versionRows) {
          boolean taken = rows.stream().anyMatch(x -> x.template() == t);
          if (!taken && t.key().equals(row.key()) && t.width() == row.template().width()) {
            own = t;
            break;
          }
        }
      }
      if (own == null) {
        out.add(row);
        continue;
      }
      String observed = NormalizedText.normalize(row.observedLabel());
      int distance = Math.max(1, ApproximateMatch.find(NormalizedText.normalize(own.label()), observed).distance());
      out.add(new TableRow(own, row.observedLabel(), distance, row.labelCut(), row.labelSpan(), row.cells(), row.reading()));
    }
    return out;
  }

  private static List<String> missingColumnHeaders(TableKind kind, RowTableReader.Result r) {
    String header = NormalizedText.normalize(r.headerText());
    List<String> missing = new ArrayList<>();
    for (String label : kind.columnLabels()) {
      if (!ApproximateMatch.isSubsequence(label, header)) {
        missing.add(label);
      }
    }
    return missing;
  }

  private static List<String> missingHeaders(String regionText, List<String> labels) {
    List<String> missing = new ArrayList<>();
    for (String label : labels) {
      if (!containsApproximately(regionText, NormalizedText.normalizeTemplate(label))) {
        missing.add(label);
      }
    }
    return missing;
  }

  private static List<Part> parts(SourceDocument doc, List<PartHeading> headings) {
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      int line = headings.get(i).span().line();
      int end = i + 1 < headings.size() ? headings.get(i + 1).span().line() - 1 : doc.lineCount();
      parts.add(new Part(headings.get(i), line + 1, end));
    }
    return parts;
  }

  private List<YearMention> overviewYears(SourceDocument doc, List<Part> parts, List<PartHeading> headings) {
    int first = format.parts().isEmpty() ? 1 : format.parts().get(0).number();
    for (Part p : parts) {
      if (p.kind().number() == first) {
        return DocumentFacts.years(doc, p.firstLine(), p.lastLine());
      }
    }
    int end = headings.isEmpty() ? doc.lineCount() : headings.get(0).span().line();
    return DocumentFacts.years(doc, 1, end);
  }

  static int dominantYear(List<YearMention> years) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (YearMention y : years) {
      counts.merge(y.year(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(0);
  }

  /** The line of the first heading of the given part, or 1 when there is none. */
  private static int firstHeadingLine(List<PartHeading> headings, int part) {
    return headings.stream().filter(h -> h.kind().number() == part).mapToInt(h -> h.span().line()).findFirst().orElse(1);
  }

  /** The line before the first heading after {@code from} of a part numbered {@code part} or later. */
  private static int nextHeadingLine(SourceDocument doc, List<PartHeading> headings, int from, int part) {
    for (PartHeading h : headings) {
      if (h.span().line() > from && h.kind().number() >= part) {
        return h.span().line() - 1;
      }
    }
    return doc.lineCount();
  }

  private static String regionText(NormalizedLines normalized, int first, int last) {
    StringBuilder sb = new StringBuilder();
    for (int n = first; n <= last; n++) {
      sb.append(normalized.text(n));
    }
    return sb.toString();
  }

  private static boolean containsApproximately(String text, String label) {
    if (text.contains(label)) {
      return true;
    }
    ApproximateMatch m = ApproximateMatch.find(label, text);
    return m.distance() <= Math.max(0, label.length() / 5);
  }

  private static int occurrences(String hay, String needle) {
    int count = 0;
    for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
      count++;
    }
    return count;
  }

  /** The text view: headings and the lines of each table kept apart, the rest joined into paragraphs. */
  private static TextView textView(
      SourceDocument doc, List<PartHeading> headings, List<Part> parts, Map<String, Table> tables, Map<String, int[]> ranges) {
    TextView.Kind[] kinds = new TextView.Kind[doc.lineCount()];
    int[] partOf = new int[doc.lineCount()];
    for (Part p : parts) {
      int headingLine = p.heading().span().line();
      for (int n = headingLine; n <= p.lastLine() && n <= doc.lineCount(); n++) {
        partOf[n - 1] = p.kind().number();
      }
    }
    for (Table t : tables.values()) {
      for (int n = t.span().line(); n <= t.lastLine() && n <= doc.lineCount(); n++) {
        kinds[n - 1] = TextView.Kind.TABLE;
      }
    }
    for (PartHeading h : headings) {
      kinds[h.span().line() - 1] = TextView.Kind.HEADING;
    }
    return TextView.of(doc, kinds, partOf);
  }
}
