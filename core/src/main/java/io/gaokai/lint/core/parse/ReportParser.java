package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.ExtraRow;
import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.LabelMention;
import io.gaokai.lint.core.model.NationalTemplate;
import io.gaokai.lint.core.model.Part;
import io.gaokai.lint.core.model.PartHeading;
import io.gaokai.lint.core.model.PartKind;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.StatisticalPeriod;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.model.TableRow;
import io.gaokai.lint.core.model.Title;
import io.gaokai.lint.core.model.YearMention;
import io.gaokai.lint.core.model.YearSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the {@link Report} model from the text a reader produced. Stateless and thread-safe. */
public final class ReportParser {

  /** Words of table 四's header that prose about review and litigation does not use. */
  private static final List<String> REVIEW_COLUMN_WORDS = List.of("结果维持", "结果纠正", "尚未审结", "直接起诉", "复议后起诉");

  public Report parse(SourceDocument doc) {
    List<PartHeading> headings = HeadingFinder.find(doc);
    List<Part> parts = parts(doc, headings);
    int firstHeading = headings.isEmpty() ? Math.min(doc.lineCount(), 12) : headings.get(0).span().line();
    Title title = DocumentFacts.title(doc, Math.max(firstHeading, 1));
    StatisticalPeriod period = DocumentFacts.period(doc);
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
    List<LabelMention> labels2019 = DocumentFacts.labels(doc, normalized, NationalTemplate.LABELS_ONLY_2019);
    List<LabelMention> labels2021 = DocumentFacts.labels(doc, normalized, NationalTemplate.LABELS_ONLY_2021);

    Map<TableKind, Table> tables = new EnumMap<>(TableKind.class);
    FormatVersion guess = FormatVersion.V2021;
    int[] applicationsRange = applicationsRange(doc, normalized, headings);
    RowTableReader.Result applications = null;
    if (applicationsRange != null) {
      applications =
          new RowTableReader(doc, NationalTemplate.APPLICATION_ROWS, guess, "carryForward")
              .read(applicationsRange[0], applicationsRange[1]);
    }
    FormatVersion format = format(doc, normalized, year, labels2019, labels2021, applications);
    if (applications != null) {
      tables.put(
          TableKind.APPLICATIONS,
          table(doc, TableKind.APPLICATIONS, format, applicationsRange[0], applications, missingApplicationHeaders(applications)));
    }
    int[] activeRange = activeDisclosureRange(doc, normalized, headings, applicationsRange);
    if (activeRange != null) {
      RowTableReader.Result active =
          new RowTableReader(doc, NationalTemplate.ACTIVE_DISCLOSURE_ROWS, format, null).read(activeRange[0], activeRange[1]);
      String regionText = regionText(doc, normalized, activeRange[0], activeRange[1]);
      List<String> missing = new ArrayList<>();
      for (String label : NationalTemplate.activeDisclosureHeaders(format)) {
        if (!containsApproximately(regionText, NormalizedText.normalizeTemplate(label))) {
          missing.add(label);
        }
      }
      tables.put(TableKind.ACTIVE_DISCLOSURE, table(doc, TableKind.ACTIVE_DISCLOSURE, format, activeRange[0], active, missing));
    }
    int reviewFrom =
        Math.max(applications != null ? applications.lastLine() + 1 : 1, firstHeadingLine(headings, PartKind.REVIEW_LITIGATION));
    int[] reviewRange = reviewRange(doc, normalized, headings, reviewFrom);
    ReviewTableReader.Result review = reviewRange == null ? null : new ReviewTableReader(doc).read(reviewRange[0], reviewRange[1]);
    if (review != null && isReviewTable(review)) {
      String header = review.headerText().replaceAll("\\s+", "");
      List<String> missing = new ArrayList<>();
      for (String label : NationalTemplate.REVIEW_HEADERS) {
        if (!ApproximateMatch.isSubsequence(label, header)) {
          missing.add(label);
        }
      }
      for (String[] outcome : NationalTemplate.OUTCOMES) {
        String word = outcome[3];
        if (occurrences(header, word) < NationalTemplate.REVIEW_BLOCKS.size()) {
          missing.add(outcome[1]);
        }
      }
      List<TableRow> rows = review.row() == null ? List.of() : List.of(review.row());
      tables.put(
          TableKind.REVIEW_LITIGATION,
          new Table(
              TableKind.REVIEW_LITIGATION,
              review.headerSpan(),
              List.of(NationalTemplate.REVIEW_ROW),
              rows,
              review.extraRows(),
              missing));
    }
    return new Report(
        doc,
        title,
        year,
        yearSource,
        DocumentFacts.organKind(title),
        format,
        labels2019,
        labels2021,
        headings,
        parts,
        period,
        DocumentFacts.publicationDate(doc),
        overviewYears,
        tables,
        DisableComments.find(doc, headings));
  }

  private static Table table(
      SourceDocument doc, TableKind kind, FormatVersion format, int firstLine, RowTableReader.Result r, List<String> missing) {
    List<RowTemplate> expected = NationalTemplate.rows(kind, format);
    List<ExtraRow> extras = r.extraRows();
    return new Table(kind, doc.span(firstLine, 1, 1), expected, r.rows(), extras, missing);
  }

  private static List<String> missingApplicationHeaders(RowTableReader.Result r) {
    String header = NormalizedText.normalize(r.headerText());
    List<String> missing = new ArrayList<>();
    for (var column : NationalTemplate.APPLICATION_COLUMNS) {
      if (!ApproximateMatch.isSubsequence(column.label(), header)) {
        missing.add(column.label());
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

  private static List<YearMention> overviewYears(SourceDocument doc, List<Part> parts, List<PartHeading> headings) {
    for (Part p : parts) {
      if (p.kind() == PartKind.OVERVIEW) {
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

  private static FormatVersion format(
      SourceDocument doc,
      NormalizedLines normalized, int year, List<LabelMention> l2019, List<LabelMention> l2021, RowTableReader.Result applications) {
    if (year > 0 && year <= 2018) {
      return FormatVersion.PRE_2019;
    }
    int v2019 = l2019.size();
    int v2021 = l2021.size();
    if (applications != null) {
      for (TableRow row : applications.rows()) {
        if (row.key().equals("results.other")) {
          v2019++;
        } else if (row.key().startsWith("results.other.")) {
          v2021++;
          break;
        }
      }
    }
    if (v2019 > v2021) {
      return FormatVersion.V2019;
    }
    if (v2021 > v2019) {
      return FormatVersion.V2021;
    }
    if (v2019 == 0 && applications == null && mentions(doc, normalized, "收费及减免")) {
      return FormatVersion.PRE_2019;
    }
    if (year > 0) {
      return FormatVersion.expectedFor(year);
    }
    return v2019 == 0 ? FormatVersion.UNKNOWN : FormatVersion.V2021;
  }

  private static boolean mentions(SourceDocument doc, NormalizedLines normalized, String phrase) {
    for (int n = 1; n <= normalized.count(); n++) {
      if (normalized.contains(n, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Lines of table 三: from its header (or first row) to the next part heading after it. */
  private static int[] applicationsRange(SourceDocument doc, NormalizedLines normalized, List<PartHeading> headings) {
    int start = -1;
    for (int n = 1; n <= doc.lineCount() && start < 0; n++) {
      if (normalized.contains(n, "勾稽关系") || normalized.contains(n, "申请人情况")
          || normalized.contains(n, "本年新收政府信息公开申请数量")) {
        start = n;
      }
    }
    if (start < 0) {
      return null;
    }
    return new int[] {start, nextHeadingLine(doc, headings, start, PartKind.REVIEW_LITIGATION)};
  }

  /** Lines of table 二: from 第二十条第（一）项 to table 三 or part 三. */
  private static int[] activeDisclosureRange(SourceDocument doc, NormalizedLines normalized, List<PartHeading> headings, int[] applications) {
    int start = -1;
    for (int n = 1; n <= doc.lineCount() && start < 0; n++) {
      if (normalized.contains(n, "第二十条第(一)项")) {
        start = n;
      }
    }
    if (start < 0) {
      return null;
    }
    int end = nextHeadingLine(doc, headings, start, PartKind.APPLICATIONS);
    if (applications != null && applications[0] > start) {
      end = Math.min(end, applications[0] - 1);
    }
    return new int[] {start, end};
  }

  /** The line of the first heading of the given part, or 1 when there is none. */
  private static int firstHeadingLine(List<PartHeading> headings, PartKind kind) {
    return headings.stream().filter(h -> h.kind() == kind).mapToInt(h -> h.span().line()).findFirst().orElse(1);
  }

  /**
   * Whether what was read where table 四 should be is a table: it has values, or its header names a
   * column of the template. A sentence such as 本年度未发生行政复议、行政诉讼 names 行政复议 but is no
   * table; taking it for one would report a table without rows instead of a missing table.
   */
  private static boolean isReviewTable(ReviewTableReader.Result review) {
    if (review.row() != null || !review.extraRows().isEmpty()) {
      return true;
    }
    String header = NormalizedText.normalize(review.headerText());
    return REVIEW_COLUMN_WORDS.stream().anyMatch(header::contains);
  }

  /**
   * Lines of table 四: from the first non-heading line after {@code from} that names 行政复议 or
   * 行政诉讼 (PDF extraction may wrap the header cell: 行政复 / 议).
   */
  private static int[] reviewRange(SourceDocument doc, NormalizedLines normalized, List<PartHeading> headings, int from) {
    Set<Integer> headingLines = headings.stream().map(h -> h.span().line()).collect(Collectors.toSet());
    for (int n = Math.max(1, from); n <= doc.lineCount(); n++) {
      if (headingLines.contains(n)) {
        continue;
      }
      if (normalized.contains(n, "行政复") || normalized.contains(n, "行政诉讼")) {
        return new int[] {n, nextHeadingLine(doc, headings, n, PartKind.PROBLEMS)};
      }
    }
    return null;
  }

  /** The line before the first heading after {@code from} of a part at or after {@code kind}. */
  private static int nextHeadingLine(SourceDocument doc, List<PartHeading> headings, int from, PartKind kind) {
    for (PartHeading h : headings) {
      if (h.span().line() > from && h.kind().number() >= kind.number()) {
        return h.span().line() - 1;
      }
    }
    return doc.lineCount();
  }

  private static String regionText(SourceDocument doc, NormalizedLines normalized, int first, int last) {
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
}
